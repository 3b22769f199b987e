import type { BundleFiguresType } from "./bundle.js"
import type { LighthouseFiguresType } from "./lighthouse.js"
import type { MemoryFiguresType } from "./process-group.js"
import type { ScenarioResultType } from "./scenario.js"
import { MEDUSA_PRODUCT_LIST, PRODUCT_DETAIL, PRODUCT_LIST } from "./scenarios/catalogue.js"
import { ADD_TO_CART, COMPLETE_CART } from "./scenarios/checkout.js"

export type TargetType = {
  name: string
  /** The bound, in the unit of `value`. */
  target: string
  value: number | null
  /** null when this run did not measure it. */
  met: boolean | null
}

/** The Lighthouse page whose scripts measure the studio's first screen. */
export const STUDIO_TODAY_PAGE = "studio today"

/**
 * The studio's own JavaScript for its first screen (Today, logged in), gzipped as served: every
 * script the audited page loaded except the app shell's (the scripts index.html loads for any
 * first page) and the runtime configuration. Null when either was not measured.
 */
export function studioFirstScreenBytes(lighthouse: LighthouseFiguresType | null, bundle: BundleFiguresType | null): number | null {
  const today = lighthouse?.pages.find((page) => page.name === STUDIO_TODAY_PAGE)
  if (!today?.scripts?.length || !bundle) return null
  const shell = new Set(bundle.first_page.files.map((file) => `/${file}`))
  return today.scripts
    .filter((script) => {
      const { pathname } = new URL(script.url)
      return !shell.has(pathname) && pathname !== "/config.js"
    })
    .reduce((sum, script) => sum + script.transfer_bytes, 0)
}

/** What the figures are held to (issue 6: 2 cores, 10 concurrent clients unless said). */
export function evaluateTargets(input: {
  scenarios: ScenarioResultType[]
  memory: MemoryFiguresType | null
  restartSeconds: number | null
  lighthouse: LighthouseFiguresType | null
  bundle: BundleFiguresType | null
}): TargetType[] {
  const p95 = (name: string) => {
    const result = input.scenarios.find((scenario) => scenario.name === name)
    return result?.status === "ok" && result.figures ? result.figures.latency_ms.p95 : null
  }
  const atMost = (name: string, value: number | null, bound: number, unit: string): TargetType => ({
    name,
    target: `≤ ${bound} ${unit}`,
    value,
    met: value === null ? null : value <= bound,
  })
  const list = p95(PRODUCT_LIST)
  const baseline = p95(MEDUSA_PRODUCT_LIST)
  const ratio = list !== null && baseline ? Math.round((list / baseline) * 100) / 100 : null
  const targets = [
    atMost(`${PRODUCT_LIST} p95`, list, 150, "ms"),
    atMost(`${PRODUCT_LIST} p95 / ${MEDUSA_PRODUCT_LIST} p95`, ratio, 1.25, "×"),
    atMost(`${PRODUCT_DETAIL} p95`, p95(PRODUCT_DETAIL), 100, "ms"),
    atMost(`${ADD_TO_CART} p95`, p95(ADD_TO_CART), 300, "ms"),
    atMost(`${COMPLETE_CART} p95 (5 concurrent)`, p95(COMPLETE_CART), 1000, "ms"),
    atMost("backend memory after the loads", input.memory?.backend_rss_mib ?? null, 600, "MiB"),
    atMost("second start, ready", input.restartSeconds, 30, "s"),
  ]
  const studioBytes = studioFirstScreenBytes(input.lighthouse, input.bundle)
  targets.push(
    atMost("studio's own JavaScript, first screen (gzip)", studioBytes === null ? null : Math.round(studioBytes / 102.4) / 10, 100, "KB")
  )
  for (const page of input.lighthouse?.pages ?? []) {
    const value = page.scores.performance
    targets.push({ name: `Lighthouse performance, ${page.name}`, target: "≥ 90", value, met: value === null ? null : value >= 90 })
  }
  return targets
}
