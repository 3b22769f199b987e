import autocannon from "autocannon"

export type LoadRequestType = {
  method: "GET" | "POST"
  path: string
  headers?: Record<string, string>
  /** Request bodies used in turn, so clients do not all repeat one request (and one cache entry). */
  bodies?: string[]
  /** Paths used in turn instead of `path` (other products, other carts), in step with `bodies`. */
  paths?: string[]
}

export type LoadOptionsType = {
  /** The backend's origin; always a loopback address. */
  origin: string
  request: LoadRequestType
  connections: number
  durationSeconds: number
  /** A request not answered within this is counted as a timeout, not as a latency. */
  timeoutSeconds?: number
  /** Stop after this many requests instead of after the duration (requests that use something up). */
  amount?: number
}

/** autocannon's own default: a slower answer is a failure for a shopper anyway. */
const DEFAULT_TIMEOUT_SECONDS = 10

export type LoadFiguresType = {
  connections: number
  duration_s: number
  requests: number
  requests_per_s: number
  latency_ms: { p50: number; p95: number; p99: number; max: number; mean: number }
  non_2xx: number
  /** Connection errors, timeouts included. */
  errors: number
  timeouts: number
  /** Sent but still unanswered when the time was up: as telling as a timeout when requests are slow. */
  unfinished: number
  status_codes: Record<string, number>
}

/** The value below which `share` of the sorted samples fall (nearest rank). */
function percentile(sorted: number[], share: number): number {
  if (!sorted.length) {
    return 0
  }
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(share * sorted.length) - 1))
  return sorted[rank]
}

const round = (value: number) => Math.round(value * 10) / 10

/**
 * Drives the backend with autocannon for a fixed time. Latencies are kept per response (not
 * from autocannon's histogram, which has no 95th percentile) and include non-2xx answers, which
 * are counted apart; timeouts and requests still unanswered at the end have no latency, and are
 * counted too, since under a slow endpoint they are most of what happens.
 */
export async function runLoad(options: LoadOptionsType): Promise<LoadFiguresType> {
  const { request } = options
  const bodies = request.bodies ?? []
  const paths = request.paths ?? []
  let next = 0
  const latencies: number[] = []
  let instance: autocannon.Instance | undefined
  // The callback form is the one typed to return the instance, whose events give each latency.
  const finished = new Promise<autocannon.Result>((resolve, reject) => {
    instance = autocannon(
      {
        url: options.origin,
        connections: options.connections,
        ...(options.amount ? { amount: options.amount } : { duration: options.durationSeconds }),
        timeout: options.timeoutSeconds ?? DEFAULT_TIMEOUT_SECONDS,
        requests: [
          {
            method: request.method,
            path: request.path,
            headers: request.headers,
            setupRequest: (raw) => {
              const turn = next++
              return {
                ...raw,
                ...(bodies.length ? { body: bodies[turn % bodies.length] } : {}),
                ...(paths.length ? { path: paths[turn % paths.length] } : {}),
              }
            },
          },
        ],
      },
      (error: unknown, result) => (error ? reject(error) : resolve(result))
    )
  })
  instance?.on("response", (_client, _status, _bytes, responseTime) => {
    latencies.push(responseTime)
  })
  const result = await finished
  const sorted = latencies.sort((a, b) => a - b)
  const statusCodes = Object.fromEntries(
    Object.entries(result.statusCodeStats ?? {}).map(([code, stats]) => [code, stats?.count ?? 0])
  )
  const total = sorted.length
  return {
    connections: options.connections,
    duration_s: round(result.duration),
    requests: total,
    requests_per_s: round(total / (result.duration || options.durationSeconds)),
    latency_ms: {
      p50: round(percentile(sorted, 0.5)),
      p95: round(percentile(sorted, 0.95)),
      p99: round(percentile(sorted, 0.99)),
      max: round(sorted[total - 1] ?? 0),
      mean: round(total ? sorted.reduce((sum, value) => sum + value, 0) / total : 0),
    },
    non_2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    unfinished: Math.max(0, result.requests.sent - total - result.errors),
    status_codes: statusCodes,
  }
}
