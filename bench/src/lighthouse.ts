import fs from "node:fs"
import * as chromeLauncher from "chrome-launcher"
import lighthouse from "lighthouse"

/** Debian's Chromium (CI installs it), unless CHROMIUM_PATH names another. */
const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium"

/** Headless, and nothing that reaches outside this machine or competes with the page for the CPU. */
const CHROMIUM_FLAGS = [
  "--headless=new",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
]

const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const
const METRICS = {
  "first-contentful-paint": "fcp_ms",
  "largest-contentful-paint": "lcp_ms",
  "total-blocking-time": "tbt_ms",
  "speed-index": "speed_index_ms",
  "cumulative-layout-shift": "cls",
} as const

export type LighthousePageType = {
  name: string
  url: string
  /** 0-100 per category, null when Lighthouse could not score it. */
  scores: Record<(typeof CATEGORIES)[number], number | null>
  metrics: Partial<Record<(typeof METRICS)[keyof typeof METRICS], number>>
  /**
   * Lighthouse's measure of this machine's CPU during the run (`environment.benchmarkIndex`).
   * Its 4× slowdown assumes a host of about 1000 or more; below that Lighthouse warns that the
   * CPU is slower than it expects and that the score suffers.
   */
  benchmark_index?: number
  /** Every run's performance score, in order; the figures above are the median run's. */
  performance_runs?: (number | null)[]
  /** Every run's benchmark index, in the same order. */
  benchmark_index_runs?: (number | null)[]
  error?: string
}

export type LighthouseFiguresType = {
  version: string
  chromium: string
  /** Lighthouse's default: a mobile device with simulated slow 4G and a 4× slower CPU. */
  form_factor: "mobile"
  pages: LighthousePageType[]
}

const score = (value: number | null | undefined) => (typeof value === "number" ? Math.round(value * 100) : null)

/**
 * Runs per page. Lighthouse's scores vary from run to run on one machine (its own advice is the
 * median of several); a page's figures are those of its median run by performance.
 */
export const RUNS_PER_PAGE = 3

/** One audit of one page in the running Chromium. */
async function auditOnce(page: { name: string; url: string }, port: number): Promise<{ version: string; result: LighthousePageType }> {
  try {
    const run = await lighthouse(page.url, {
      port,
      output: "json",
      logLevel: "error",
      onlyCategories: [...CATEGORIES],
    })
    if (!run) {
      throw new Error("Lighthouse returned no result")
    }
    const { lhr } = run
    const metrics: LighthousePageType["metrics"] = {}
    for (const [audit, key] of Object.entries(METRICS)) {
      const value = lhr.audits[audit]?.numericValue
      if (typeof value === "number") {
        metrics[key] = key === "cls" ? Math.round(value * 1000) / 1000 : Math.round(value)
      }
    }
    return {
      version: lhr.lighthouseVersion,
      result: {
        name: page.name,
        url: page.url,
        scores: Object.fromEntries(CATEGORIES.map((category) => [category, score(lhr.categories[category]?.score)])) as LighthousePageType["scores"],
        metrics,
        benchmark_index: Math.round(lhr.environment.benchmarkIndex),
        ...(lhr.runtimeError ? { error: lhr.runtimeError.message } : {}),
      },
    }
  } catch (error) {
    return {
      version: "",
      result: {
        name: page.name,
        url: page.url,
        scores: { performance: null, accessibility: null, "best-practices": null, seo: null },
        metrics: {},
        error: error instanceof Error ? error.message : String(error),
      },
    }
  }
}

/** The run with the median performance score (a failed run counts as the lowest). */
export function medianRun(runs: LighthousePageType[]): LighthousePageType {
  const sorted = [...runs].sort((a, b) => (a.scores.performance ?? -1) - (b.scores.performance ?? -1))
  return sorted[Math.floor((sorted.length - 1) / 2)]
}

/**
 * Lighthouse's mobile audit of each page, `RUNS_PER_PAGE` times, one after the other in one
 * headless Chromium. Returns why not when there is no Chromium to run it in.
 */
export async function runLighthouse(
  pages: { name: string; url: string }[],
  log: (line: string) => void
): Promise<LighthouseFiguresType | { skipped: string }> {
  if (!fs.existsSync(CHROMIUM)) {
    return { skipped: `no Chromium at ${CHROMIUM} (Debian: apt-get install chromium; or set CHROMIUM_PATH)` }
  }
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: CHROMIUM_FLAGS, logLevel: "error" })
  try {
    const results: LighthousePageType[] = []
    let version = ""
    for (const page of pages) {
      log(`lighthouse: ${page.name} (${page.url}), ${RUNS_PER_PAGE} runs...`)
      const runs: LighthousePageType[] = []
      for (let run = 0; run < RUNS_PER_PAGE; run++) {
        const audit = await auditOnce(page, chrome.port)
        version = audit.version || version
        runs.push(audit.result)
      }
      results.push({
        ...medianRun(runs),
        performance_runs: runs.map((run) => run.scores.performance),
        benchmark_index_runs: runs.map((run) => run.benchmark_index ?? null),
      })
    }
    return { version, chromium: CHROMIUM, form_factor: "mobile", pages: results }
  } finally {
    chrome.kill()
  }
}
