import fs from "node:fs"
import path from "node:path"
import * as chromeLauncher from "chrome-launcher"
import lighthouse from "lighthouse"
import puppeteer from "puppeteer-core"

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

/** A page to audit; `localStorage` is written on its origin first (a login the page reads). */
export type AuditPageType = { name: string; url: string; localStorage?: Record<string, string> }

/** A script the page loaded, with the bytes it cost on the wire (gzipped, as served). */
export type PageScriptType = { url: string; transfer_bytes: number }

export type LighthousePageType = {
  name: string
  url: string
  /** The scripts the median run loaded. */
  scripts?: PageScriptType[]
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

/**
 * Writes a page's localStorage on its origin before the audit, and leaves the browser as cold
 * as Lighthouse's own reset would (no HTTP cache, no service worker, no Cache Storage, no
 * IndexedDB): Lighthouse's reset must be off, or it would clear the login too.
 */
async function prepareStorage(page: AuditPageType, port: number): Promise<void> {
  const browser = await puppeteer.connect({ browserURL: `http://127.0.0.1:${port}` })
  try {
    const tab = await browser.newPage()
    const origin = new URL(page.url).origin
    const session = await tab.createCDPSession()
    await session.send("Network.clearBrowserCache")
    await session.send("Storage.clearDataForOrigin", {
      origin,
      storageTypes: "service_workers,cache_storage,indexeddb,local_storage",
    })
    // The runtime configuration script: a page of the origin that runs no app.
    await tab.goto(`${origin}/config.js`)
    await tab.evaluate((entries) => {
      for (const [key, value] of entries) window.localStorage.setItem(key, value)
    }, Object.entries(page.localStorage ?? {}))
    await tab.close()
  } finally {
    await browser.disconnect()
  }
}

type NetworkRequestType = { url: string; resourceType?: string; transferSize?: number }

/** One audit of one page in the running Chromium, with Lighthouse's whole report when it ran. */
async function auditOnce(
  page: AuditPageType,
  port: number
): Promise<{ version: string; result: LighthousePageType; report?: unknown }> {
  try {
    if (page.localStorage) {
      await prepareStorage(page, port)
    }
    const run = await lighthouse(page.url, {
      port,
      output: "json",
      logLevel: "error",
      onlyCategories: [...CATEGORIES],
      disableStorageReset: Boolean(page.localStorage),
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
    const requests = (lhr.audits["network-requests"]?.details as { items?: NetworkRequestType[] } | undefined)?.items ?? []
    const scripts = requests
      .filter((request) => request.resourceType === "Script")
      .map((request) => ({ url: request.url, transfer_bytes: request.transferSize ?? 0 }))
    return {
      version: lhr.lighthouseVersion,
      report: lhr,
      result: {
        name: page.name,
        url: page.url,
        scripts,
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
 * headless Chromium. The median run's whole report is written to `reportsDir` as
 * `<page name>.json` (open it in the Lighthouse viewer to see what blocked or shifted). Returns
 * why not when there is no Chromium to run it in.
 */
export async function runLighthouse(
  pages: AuditPageType[],
  log: (line: string) => void,
  reportsDir: string
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
      const audits: Awaited<ReturnType<typeof auditOnce>>[] = []
      for (let run = 0; run < RUNS_PER_PAGE; run++) {
        const audit = await auditOnce(page, chrome.port)
        version = audit.version || version
        audits.push(audit)
      }
      const runs = audits.map((audit) => audit.result)
      const median = medianRun(runs)
      const report = audits[runs.indexOf(median)]?.report
      if (report) {
        fs.mkdirSync(reportsDir, { recursive: true })
        fs.writeFileSync(path.join(reportsDir, `${page.name.replace(/[^a-z0-9]+/gi, "-")}.json`), JSON.stringify(report))
      }
      results.push({
        ...median,
        performance_runs: runs.map((run) => run.scores.performance),
        benchmark_index_runs: runs.map((run) => run.benchmark_index ?? null),
      })
    }
    return { version, chromium: CHROMIUM, form_factor: "mobile", pages: results }
  } finally {
    chrome.kill()
  }
}
