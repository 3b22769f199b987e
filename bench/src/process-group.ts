import fs from "node:fs"

export type MemoryFiguresType = {
  /** Resident memory of the backend's largest process (the Medusa server), in MiB. */
  backend_rss_mib: number
  /** Of every process in its group (npx and the server), in MiB. */
  group_rss_mib: number
}

/** Linux's clock ticks per second for process CPU times (USER_HZ). */
const TICKS_PER_SECOND = 100

type ProcessStatusType = { group: number; rssKib: number; cpuTicks: number }

function statusOf(pid: string): ProcessStatusType | undefined {
  try {
    // After the command name (which may hold spaces), field 3 of /proc/<pid>/stat comes first:
    // the process group is field 5, user and system CPU time fields 14 and 15.
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8")
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ")
    const rss = /^VmRSS:\s+(\d+) kB/m.exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"))
    return { group: Number(fields[2]), rssKib: rss ? Number(rss[1]) : 0, cpuTicks: Number(fields[11]) + Number(fields[12]) }
  } catch {
    // The process ended while being read.
    return undefined
  }
}

/** The processes of the backend's group (the stack starts it as a group leader); Linux only. */
function groupMembers(groupLeader: number): ProcessStatusType[] {
  if (!fs.existsSync("/proc/self/stat")) {
    return []
  }
  return fs
    .readdirSync("/proc")
    .filter((name) => /^\d+$/.test(name))
    .flatMap((pid) => {
      const status = statusOf(pid)
      return status && status.group === groupLeader ? [status] : []
    })
}

/** Resident memory of the backend's process group. */
export function measureBackendMemory(groupLeader: number): MemoryFiguresType | undefined {
  const members = groupMembers(groupLeader).map((member) => member.rssKib)
  if (!members.length) {
    return undefined
  }
  const mib = (kib: number) => Math.round(kib / 1024)
  return {
    backend_rss_mib: mib(Math.max(...members)),
    group_rss_mib: mib(members.reduce((sum, kib) => sum + kib, 0)),
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * Waits until the backend has used under `share` of one core for `quietMs` on end (orders placed
 * by a load keep it busy a while with their events), at most `timeoutMs`. Answers how long it
 * waited, in seconds, or null when it never settled.
 */
export async function waitForQuietBackend(
  groupLeader: number,
  { share = 0.05, quietMs = 3000, timeoutMs = 120_000 } = {}
): Promise<number | null> {
  const started = Date.now()
  const stepMs = 1000
  const ticksOf = () => groupMembers(groupLeader).reduce((sum, member) => sum + member.cpuTicks, 0)
  let quietSteps = 0
  let before = ticksOf()
  while (Date.now() - started < timeoutMs) {
    await sleep(stepMs)
    const now = ticksOf()
    const busyShare = (now - before) / TICKS_PER_SECOND / (stepMs / 1000)
    before = now
    quietSteps = busyShare < share ? quietSteps + 1 : 0
    if (quietSteps * stepMs >= quietMs) {
      return Math.round((Date.now() - started) / 1000)
    }
  }
  return null
}
