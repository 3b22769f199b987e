import fs from "node:fs"

export type MemoryFiguresType = {
  /** Resident memory of the backend's largest process (the Medusa server), in MiB. */
  backend_rss_mib: number
  /** Of every process in its group (npx and the server), in MiB. */
  group_rss_mib: number
}

function statusOf(pid: string): { group: number; rssKib: number } | undefined {
  try {
    // Field 5 of /proc/<pid>/stat is the process group; the command name before it may hold spaces.
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8")
    const group = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[2])
    const rss = /^VmRSS:\s+(\d+) kB/m.exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"))
    return { group, rssKib: rss ? Number(rss[1]) : 0 }
  } catch {
    // The process ended while being read.
    return undefined
  }
}

/** Resident memory of the backend's process group (the stack starts it as a group leader); Linux only. */
export function measureBackendMemory(groupLeader: number): MemoryFiguresType | undefined {
  if (!fs.existsSync("/proc/self/stat")) {
    return undefined
  }
  const members = fs
    .readdirSync("/proc")
    .filter((name) => /^\d+$/.test(name))
    .flatMap((pid) => {
      const status = statusOf(pid)
      return status && status.group === groupLeader ? [status.rssKib] : []
    })
  if (!members.length) {
    return undefined
  }
  const mib = (kib: number) => Math.round(kib / 1024)
  return {
    backend_rss_mib: mib(Math.max(...members)),
    group_rss_mib: mib(members.reduce((sum, kib) => sum + kib, 0)),
  }
}
