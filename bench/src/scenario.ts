import type { LoadFiguresType, LoadRequestType } from "./load.js"

/** What every scenario gets: the running stack and the run's settings. */
export type BenchContextType = {
  /** The backend on a loopback address, e.g. http://127.0.0.1:9300. */
  origin: string
  publishableKey: string
  /** The bench database, for reading what HTTP does not show (e.g. a reindex's progress). */
  databaseUrl: string
  durationSeconds: number
  connections: number
  log: (line: string) => void
}

export type ScenarioResultType = {
  name: string
  description: string
  status: "ok" | "failed"
  /** Why the scenario failed. */
  error?: string
  figures?: LoadFiguresType
  /** Anything else the scenario observed (e.g. reindex durations). */
  notes?: Record<string, unknown>
}

/** One measured situation; scenarios are grouped by area in `scenarios/`. */
export type ScenarioType = {
  name: string
  description: string
  /** The storefront is built and served only when a scenario of the run needs it. */
  needsStorefront?: boolean
  /** Concurrent clients when the scenario's target names its own (else --connections). */
  connections?: number
  run: (context: BenchContextType) => Promise<ScenarioResultType>
}

export function failedResult(scenario: ScenarioType, error: unknown): ScenarioResultType {
  return {
    name: scenario.name,
    description: scenario.description,
    status: "failed",
    error: error instanceof Error ? error.message : String(error),
  }
}

/**
 * Why the figures do not measure the feature: most requests got no answer in time (the
 * latencies would describe the lucky few), or more than half of the answers were errors (an
 * error page is fast). Such a scenario is reported as failed, with its figures kept.
 */
function brokenBecause(figures: LoadFiguresType): string | undefined {
  const unanswered = figures.errors + figures.unfinished
  if (unanswered * 2 > figures.requests + unanswered) {
    return (
      `${unanswered} of ${figures.requests + unanswered} requests got no answer ` +
      `(${figures.timeouts} timed out, ${figures.unfinished} still waiting at the end)`
    )
  }
  if (figures.non_2xx * 2 > figures.requests) {
    const codes = Object.entries(figures.status_codes).map(([code, count]) => `${code}×${count}`)
    return `mostly non-2xx answers (${codes.join(", ")})`
  }
  return undefined
}

export function resultOf(
  scenario: ScenarioType,
  figures: LoadFiguresType,
  notes?: Record<string, unknown>
): ScenarioResultType {
  const error = brokenBecause(figures)
  return {
    name: scenario.name,
    description: scenario.description,
    status: error ? "failed" : "ok",
    error,
    figures,
    notes,
  }
}

/** An error answer in one line: HTML error pages lose their tags. */
export async function answerText(response: Response): Promise<string> {
  const text = await response.text()
  return text.replace(/<[^>]*>/g, " ").replace(/\s+/g, " ").trim().slice(0, 200)
}

/**
 * Sends each of the scenario's request bodies once (with `labels`, one request per label, bodies
 * and paths taken in turn), one after the other, before loading the server: a missing route or a
 * bad body fails the scenario with the server's own answer instead of 20 s of errors, and the
 * unloaded time of each request (by `labels`, e.g. the query) shows which ones the figures under
 * load are made of.
 */
export async function probe(
  origin: string,
  request: LoadRequestType,
  labels: string[] = []
): Promise<Record<string, number>> {
  const bodies = request.bodies?.length ? request.bodies : [undefined]
  const paths = request.paths?.length ? request.paths : [request.path]
  const times: Record<string, number> = {}
  const turns = labels.length || bodies.length
  for (let index = 0; index < turns; index++) {
    const body = bodies[index % bodies.length]
    const path = paths[index % paths.length]
    const started = performance.now()
    const response = await fetch(`${origin}${path}`, {
      method: request.method,
      headers: request.headers,
      body,
      signal: AbortSignal.timeout(PROBE_TIMEOUT_MS),
    })
    if (!response.ok) {
      throw new Error(`${request.method} ${path} answered ${response.status}: ${await answerText(response)}`)
    }
    await response.arrayBuffer()
    times[labels[index] ?? String(index)] = Math.round(performance.now() - started)
  }
  return times
}

/** One request alone may be slow, but not this slow. */
const PROBE_TIMEOUT_MS = 120000
