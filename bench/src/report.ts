import { execFileSync } from "node:child_process"
import fs from "node:fs"
import os from "node:os"
import type { BundleFiguresType } from "./bundle.js"
import type { LighthouseFiguresType } from "./lighthouse.js"
import type { MemoryFiguresType } from "./process-group.js"
import type { ScenarioResultType } from "./scenario.js"
import type { TargetType } from "./targets.js"

export type MachineType = {
  cpu_model: string
  cpu_count: number
  total_memory_gib: number
  node: string
  platform: string
}

export type BenchReportType = {
  date: string
  commit: string | null
  machine: MachineType
  settings: { products: number; quick: boolean; duration_s: number; connections: number; log_level: string }
  data: {
    /** Products the store sells (demo and bulk), and those the search index held at the start. */
    store_products: number
    indexed_products: number | null
    /** Seconds spent waiting for the search index to hold every product after the start. */
    index_wait_s: number | null
    /** Seconds the bulk generator ran in this run (0 when the data were already there). */
    seed_bulk_s: number
  }
  scenarios: ScenarioResultType[]
  /** The backend's memory once the load scenarios are done (null when none ran). */
  memory: MemoryFiguresType | null
  /**
   * Seconds from starting the stack to its backend answering (and the storefront served when
   * `storefront`): the run's own start, and a second start on the same data once it had stopped.
   */
  start: { first_s: number; second_s: number | null; storefront: boolean }
  /** The storefront's production JavaScript (null when not measured in this run). */
  bundle: BundleFiguresType | null
  lighthouse: LighthouseFiguresType | { skipped: string } | null
  targets: TargetType[]
}

export function describeMachine(): MachineType {
  const cpus = os.cpus()
  return {
    cpu_model: cpus[0]?.model ?? "unknown",
    cpu_count: cpus.length,
    total_memory_gib: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
    node: process.version,
    platform: `${os.platform()} ${os.release()}`,
  }
}

/** The commit measured, marked when the work tree has changes. */
export function describeCommit(cwd: string): string | null {
  try {
    const git = (...args: string[]) => execFileSync("git", args, { cwd, encoding: "utf8" }).trim()
    return `${git("rev-parse", "--short", "HEAD")}${git("status", "--porcelain") ? "+changes" : ""}`
  } catch {
    return null
  }
}

const COLUMNS = ["scenario", "conns", "requests", "req/s", "p50 ms", "p95 ms", "p99 ms", "non-2xx", "no answer", "result"]

function row(result: ScenarioResultType): string[] {
  const figures = result.figures
  const cell = (value: number | undefined) => (value === undefined ? "-" : String(value))
  return [
    result.name,
    cell(figures?.connections),
    cell(figures?.requests),
    cell(figures?.requests_per_s),
    cell(figures?.latency_ms.p50),
    cell(figures?.latency_ms.p95),
    cell(figures?.latency_ms.p99),
    cell(figures?.non_2xx),
    cell(figures && figures.errors + figures.unfinished),
    result.status === "ok" ? "ok" : "FAILED",
  ]
}

const formatTimes = (times: Record<string, number>) =>
  Object.entries(times)
    .map(([label, ms]) => `"${label}" ${ms}`)
    .join(", ")

/** The results as a plain-text table, failures explained below it. */
export function formatTable(report: BenchReportType): string {
  const rows = [COLUMNS, ...report.scenarios.map(row)]
  const widths = COLUMNS.map((_, column) => Math.max(...rows.map((cells) => cells[column].length)))
  const line = (cells: string[]) =>
    cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join("  ")
  const { machine, data } = report
  const notes = report.scenarios.flatMap((result) => [
    ...(result.error ? [`  ${result.name}: ${result.error}`] : []),
    ...(result.status === "ok" && result.figures && result.figures.errors + result.figures.unfinished
      ? [
          `  ${result.name}: ${result.figures.timeouts} requests timed out, ${result.figures.errors - result.figures.timeouts} ` +
            `failed otherwise, ${result.figures.unfinished} were unanswered at the end (none has a latency)`,
        ]
      : []),
    ...(result.notes?.unloaded_ms_by_query
      ? [`  ${result.name}, each query alone (ms): ${formatTimes(result.notes.unloaded_ms_by_query as Record<string, number>)}`]
      : []),
    ...(result.notes?.unloaded_ms
      ? [`  ${result.name}, first requests alone (ms): ${formatTimes(result.notes.unloaded_ms as Record<string, number>)}`]
      : []),
    ...(Array.isArray(result.notes?.reindex_seconds) && result.notes.reindex_seconds.length
      ? [`  ${result.name}: reindex took ${result.notes.reindex_seconds.join(" s, ")} s`]
      : []),
    ...(typeof result.notes?.reindex_problem === "string" ? [`  ${result.name}: ${result.notes.reindex_problem}`] : []),
  ])
  return [
    "",
    `Sipakam bench, ${report.date} (${report.commit ?? "no commit"}): ${data.store_products} products in the store, ` +
      `${data.indexed_products ?? "?"} in the search index`,
    `${machine.cpu_count} × ${machine.cpu_model}, ${machine.total_memory_gib} GiB, Node ${machine.node}`,
    "",
    line(rows[0]),
    line(widths.map((width) => "-".repeat(width))),
    ...rows.slice(1).map(line),
    ...(notes.length ? ["", ...notes] : []),
    ...extraSections(report),
    "",
  ].join("\n")
}

const kib = (bytes: number) => `${Math.round(bytes / 102.4) / 10} KiB`

function extraSections(report: BenchReportType): string[] {
  const lines: string[] = []
  if (report.memory) {
    lines.push("", `Backend memory after the loads: ${report.memory.backend_rss_mib} MiB (process group ${report.memory.group_rss_mib} MiB)`)
  }
  const { start } = report
  lines.push(
    "",
    `Start to ready${start.storefront ? " (backend and storefront)" : " (backend)"}: ${start.first_s} s this run, ` +
      `${start.second_s ?? "not measured"}${start.second_s === null ? "" : " s"} on a second start`
  )
  if (report.bundle) {
    const { first_page, lazy_chunks } = report.bundle
    lines.push("", `Storefront JavaScript, gzipped: first page ${kib(first_page.gzip_bytes)} (${first_page.files.join(", ")})`)
    lines.push(...lazy_chunks.map((entry) => `  lazy ${entry.file}: ${kib(entry.gzip_bytes)}`))
  }
  if (report.lighthouse && "skipped" in report.lighthouse) {
    lines.push("", `Lighthouse: skipped, ${report.lighthouse.skipped}`)
  } else if (report.lighthouse) {
    lines.push(
      "",
      `Lighthouse ${report.lighthouse.version}, mobile, the median of each page's runs (performance / accessibility / best practices / SEO):`,
      "  (its 4x CPU slowdown assumes a host whose CPU benchmark index is about 1000 or more; a slower host scores lower)"
    )
    for (const page of report.lighthouse.pages) {
      const scores = Object.values(page.scores).map((value) => value ?? "?").join(" / ")
      const metrics = Object.entries(page.metrics).map(([key, value]) => `${key} ${value}`).join(", ")
      const runs = page.performance_runs ? `  runs ${page.performance_runs.map((value) => value ?? "?").join(", ")}` : ""
      const cpu = page.benchmark_index_runs
        ? `  CPU benchmark index ${page.benchmark_index_runs.map((value) => value ?? "?").join(", ")}`
        : ""
      lines.push(`  ${page.name}: ${scores}${metrics ? `  (${metrics})` : ""}${runs}${cpu}${page.error ? `  error: ${page.error}` : ""}`)
    }
  }
  if (report.targets.length) {
    lines.push("", "Targets:")
    for (const target of report.targets) {
      const verdict = target.met === null ? "not measured" : target.met ? "met" : "MISSED"
      lines.push(`  ${target.name}: ${target.value ?? "-"} (target ${target.target}) ${verdict}`)
    }
  }
  return lines
}

export function writeReport(file: string, report: BenchReportType): void {
  fs.writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`)
}
