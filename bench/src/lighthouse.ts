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
 * Lighthouse's mobile audit of each page, one after the other in one headless Chromium. Returns
 * why not when there is no Chromium to run it in.
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
      log(`lighthouse: ${page.name} (${page.url})...`)
      try {
        const run = await lighthouse(page.url, {
          port: chrome.port,
          output: "json",
          logLevel: "error",
          onlyCategories: [...CATEGORIES],
        })
        if (!run) {
          throw new Error("Lighthouse returned no result")
        }
        const { lhr } = run
        version = lhr.lighthouseVersion
        const metrics: LighthousePageType["metrics"] = {}
        for (const [audit, key] of Object.entries(METRICS)) {
          const value = lhr.audits[audit]?.numericValue
          if (typeof value === "number") {
            metrics[key] = key === "cls" ? Math.round(value * 1000) / 1000 : Math.round(value)
          }
        }
        results.push({
          name: page.name,
          url: page.url,
          scores: Object.fromEntries(CATEGORIES.map((category) => [category, score(lhr.categories[category]?.score)])) as LighthousePageType["scores"],
          metrics,
          ...(lhr.runtimeError ? { error: lhr.runtimeError.message } : {}),
        })
      } catch (error) {
        results.push({
          name: page.name,
          url: page.url,
          scores: { performance: null, accessibility: null, "best-practices": null, seo: null },
          metrics: {},
          error: error instanceof Error ? error.message : String(error),
        })
      }
    }
    return { version, chromium: CHROMIUM, form_factor: "mobile", pages: results }
  } finally {
    chrome.kill()
  }
}
