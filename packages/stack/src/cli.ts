import { spawn } from "node:child_process"
import fs from "node:fs"
import path from "node:path"
import exitHook from "async-exit-hook"
import { productsArgument, readBenchSettings, seedBulk } from "./bulk.js"
import { REPO_ROOT } from "./paths.js"
import { stopAllProcesses } from "./processes.js"
import { readSettings } from "./settings.js"
import { startStack, type RunningStackType } from "./stack.js"
import { provideTestPostgres } from "./with-postgres.js"

const USAGE = `Usage:
  npm start [-- --reset]         run the whole marketplace locally (--reset: start from an empty database)
  npm run seed:bulk [-- --products N]
                                 fill the benchmarks' database (.data/bench, or sipakam_bench on the
                                 DATABASE_URL server) with N synthetic products (default 10000)
  node --import tsx packages/stack/src/cli.ts with-postgres -- <command...>
                                 run a command with DB_* pointing at a PostgreSQL for integration tests`

// Shutting down waits for the backend and PostgreSQL to stop, never longer than this.
exitHook.forceExitTimeout(30000)

function loadDotEnv() {
  const file = path.join(REPO_ROOT, ".env")
  if (fs.existsSync(file)) {
    process.loadEnvFile(file)
  }
}

function banner(stack: RunningStackType) {
  return [
    "",
    "Sipakam is running.",
    `  Storefront   ${stack.storefrontUrl}`,
    `  Backend API  ${stack.backendUrl}  (health: ${stack.backendUrl}/health)`,
    `  Admin        ${stack.backendUrl}/app`,
    "",
    "Demo logins (password: sipakam-demo)",
    "  operator (admin)  admin@sipakam.local",
    "  tourist           tourist@sipakam.local",
    "  hotel buyer       hotel@sipakam.local",
    "  producer          producer@sipakam.local   (Prey Kabbas Silk Weavers, Takeo)",
    "  producer          producer2@sipakam.local  (Pu Trom Bunong Weavers, Mondulkiri)",
    "",
    "Press Ctrl-C to stop.",
    "",
  ].join("\n")
}

/**
 * npm does not pass SIGTERM on to the script it runs: when whoever started `npm start` stops
 * npm, this process is left to init. It notices and stops itself, and everything with it.
 */
function stopWhenOrphaned() {
  const parent = process.ppid
  setInterval(() => {
    if (process.ppid !== parent) {
      console.log("[stack] the process that started the stack is gone")
      process.kill(process.pid, "SIGTERM")
    }
  }, 1000).unref()
}

async function start(args: string[]) {
  loadDotEnv()
  const settings = readSettings(process.env)
  let stack: RunningStackType | undefined
  exitHook((done) => {
    console.log("[stack] stopping...")
    const stopping = stack ? stack.stop() : stopAllProcesses()
    stopping.then(
      () => {
        console.log("[stack] stopped")
        done()
      },
      (error: unknown) => {
        console.error("[stack] error while stopping:", error)
        done()
      }
    )
  })
  stopWhenOrphaned()
  stack = await startStack(settings, { reset: args.includes("--reset") })
  console.log(banner(stack))
}

async function seedBulkCommand(args: string[]) {
  loadDotEnv()
  exitHook((done) => {
    stopAllProcesses().then(done, done)
  })
  stopWhenOrphaned()
  await seedBulk(readBenchSettings(process.env), { products: productsArgument(args, 10000) })
}

async function withPostgres(command: string[]) {
  if (command.length === 0) {
    throw new Error(USAGE)
  }
  const postgres = await provideTestPostgres()
  console.log(`[stack] integration tests use ${postgres.description}`)
  const child = spawn(command[0], command.slice(1), {
    stdio: "inherit",
    env: { ...process.env, ...postgres.env },
  })
  const code = await new Promise<number>((resolve) => child.on("exit", (exitCode) => resolve(exitCode ?? 1)))
  await postgres.stop()
  process.exit(code)
}

async function main() {
  const [command, ...rest] = process.argv.slice(2)
  switch (command) {
    case "start":
      return start(rest)
    case "seed-bulk":
      return seedBulkCommand(rest)
    case "with-postgres":
      return withPostgres(rest[0] === "--" ? rest.slice(1) : rest)
    default:
      console.error(USAGE)
      process.exit(2)
  }
}

main().catch((error: unknown) => {
  console.error(`[stack] ${error instanceof Error ? error.message : String(error)}`)
  process.exit(1)
})
