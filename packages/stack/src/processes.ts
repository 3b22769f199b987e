import { spawn, type ChildProcess } from "node:child_process"

/**
 * Child processes of the stack. Each runs in its own process group so that stopping it also
 * stops whatever it started (npx, medusa's own children), and none outlives the stack.
 */
const running = new Set<ChildProcess>()

type RunOptions = {
  cwd: string
  env?: NodeJS.ProcessEnv
  /** Prefix for the child's output lines; output is passed through when set. */
  label?: string
  /** Keep the output to show it when the command fails, instead of printing it. */
  quiet?: boolean
  /** Called with each complete line of output, quiet or not (e.g. to pick out progress). */
  onLine?: (line: string) => void
}

function start(command: string, args: string[], options: RunOptions) {
  const child = spawn(command, args, {
    cwd: options.cwd,
    env: options.env ?? process.env,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  })
  running.add(child)
  child.once("exit", () => running.delete(child))
  let output = ""
  const partial = { stdout: "", stderr: "" }
  const forward = (stream: NodeJS.WriteStream) => (chunk: Buffer) => {
    const text = chunk.toString()
    if (options.onLine) {
      const key = stream === process.stdout ? "stdout" : "stderr"
      const lines = (partial[key] + text).split("\n")
      partial[key] = lines.pop() ?? ""
      for (const line of lines) {
        options.onLine(line)
      }
    }
    if (options.quiet) {
      output = (output + text).slice(-20000)
      return
    }
    const prefix = options.label ? `[${options.label}] ` : ""
    stream.write(text.replace(/^(?=.)/gm, prefix))
  }
  child.stdout?.on("data", forward(process.stdout))
  child.stderr?.on("data", forward(process.stderr))
  return { child, output: () => output }
}

/** Runs a command to completion; rejects with its output when it fails. */
export function run(command: string, args: string[], options: RunOptions): Promise<void> {
  const { child, output } = start(command, args, options)
  return new Promise((resolve, reject) => {
    child.once("error", reject)
    child.once("exit", (code, signal) => {
      if (code === 0) {
        resolve()
      } else {
        const why = signal ? `was stopped by ${signal}` : `exited with code ${code}`
        reject(new Error(`\`${[command, ...args].join(" ")}\` ${why}\n${output()}`))
      }
    })
  })
}

/** Starts a long-running command; the caller stops it with `stopProcess`. */
export function launch(command: string, args: string[], options: RunOptions): ChildProcess {
  return start(command, args, options).child
}

function signalGroup(child: ChildProcess, signal: NodeJS.Signals) {
  if (child.pid === undefined) {
    return
  }
  try {
    process.kill(-child.pid, signal)
  } catch {
    // The group is already gone.
  }
}

/** SIGTERM to the child's whole group; SIGKILL if it is still there after `graceMs`. */
export function stopProcess(child: ChildProcess, graceMs = 10000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) {
    signalGroup(child, "SIGKILL")
    return Promise.resolve()
  }
  return new Promise((resolve) => {
    const timer = setTimeout(() => signalGroup(child, "SIGKILL"), graceMs)
    child.once("exit", () => {
      clearTimeout(timer)
      // Grandchildren that ignored SIGTERM go with the group.
      signalGroup(child, "SIGKILL")
      resolve()
    })
    signalGroup(child, "SIGTERM")
  })
}

export function stopAllProcesses(graceMs?: number): Promise<void> {
  return Promise.all([...running].map((child) => stopProcess(child, graceMs))).then(() => undefined)
}
