import { createHash } from "node:crypto"
import fs from "node:fs"
import path from "node:path"
import {
  BACKEND_BUILD_DIR,
  BACKEND_DIR,
  DEMO_DATA_DIR,
  REPO_ROOT,
  SHARED_DIR,
  STOREFRONT_BUILD_DIR,
  STOREFRONT_DIR,
} from "./paths.js"
import { run } from "./processes.js"

const SKIPPED = new Set(["node_modules", ".medusa", "dist", ".cache", "static", "integration-tests", "__tests__"])

function listFiles(entry: string): string[] {
  if (!fs.existsSync(entry)) {
    return []
  }
  if (!fs.statSync(entry).isDirectory()) {
    return [entry]
  }
  return fs
    .readdirSync(entry, { withFileTypes: true })
    .filter((child) => !SKIPPED.has(child.name))
    .flatMap((child) => listFiles(path.join(entry, child.name)))
}

/** A digest of the files a build reads, so an unchanged tree is never rebuilt. */
export function hashInputs(inputs: string[]): string {
  const hash = createHash("sha256")
  for (const file of inputs.flatMap(listFiles).sort()) {
    hash.update(path.relative(REPO_ROOT, file))
    hash.update("\0")
    hash.update(fs.readFileSync(file))
    hash.update("\0")
  }
  return hash.digest("hex")
}

type BuildTarget = {
  name: string
  inputs: string[]
  output: string
  build: (backendEnv: NodeJS.ProcessEnv) => Promise<void>
}

const STAMP = ".sipakam-build-stamp"
const LOCKFILE = path.join(REPO_ROOT, "package-lock.json")
const sharedInputs = [path.join(SHARED_DIR, "src"), path.join(SHARED_DIR, "package.json"), path.join(SHARED_DIR, "tsconfig.json")]
/** The demo catalogue's data: the seed requires its dist/, so it is built before the backend. */
const demoDataInputs = [
  path.join(DEMO_DATA_DIR, "src"),
  path.join(DEMO_DATA_DIR, "package.json"),
  path.join(DEMO_DATA_DIR, "tsconfig.json"),
  ...sharedInputs,
]

const backendInputs = [
  path.join(BACKEND_DIR, "src"),
  path.join(BACKEND_DIR, "medusa-config.ts"),
  path.join(BACKEND_DIR, "package.json"),
  path.join(BACKEND_DIR, "tsconfig.json"),
  LOCKFILE,
  ...demoDataInputs,
]

/** Identifies the backend's code; migrations only need to run again when it changes. */
export const backendDigest = () => hashInputs(backendInputs)

const STOREFRONT = "storefront"

const TARGETS: BuildTarget[] = [
  {
    name: "shared package",
    inputs: sharedInputs,
    output: path.join(SHARED_DIR, "dist"),
    build: () => run("npm", ["run", "build", "--workspace", "@sipakam/shared"], { cwd: REPO_ROOT, quiet: true }),
  },
  {
    name: "demo data package",
    inputs: demoDataInputs,
    output: path.join(DEMO_DATA_DIR, "dist"),
    build: () => run("npm", ["run", "build", "--workspace", "@sipakam/demo-data"], { cwd: REPO_ROOT, quiet: true }),
  },
  {
    name: "backend and admin",
    inputs: backendInputs,
    output: BACKEND_BUILD_DIR,
    build: (backendEnv) =>
      run("npx", ["medusa", "build"], { cwd: BACKEND_DIR, quiet: true, env: backendEnv }),
  },
  {
    name: STOREFRONT,
    inputs: [
      path.join(STOREFRONT_DIR, "src"),
      path.join(STOREFRONT_DIR, "plugins"),
      path.join(STOREFRONT_DIR, "public"),
      path.join(STOREFRONT_DIR, "index.html"),
      path.join(STOREFRONT_DIR, "vite.config.ts"),
      path.join(STOREFRONT_DIR, "package.json"),
      path.join(STOREFRONT_DIR, "tsconfig.json"),
      path.join(STOREFRONT_DIR, "tsconfig.node.json"),
      LOCKFILE,
      ...sharedInputs,
    ],
    output: STOREFRONT_BUILD_DIR,
    build: () => run("npm", ["run", "build", "--workspace", "@sipakam/storefront"], { cwd: REPO_ROOT, quiet: true }),
  },
]

/**
 * Builds what changed since the last build (shared package, demo data package, backend with
 * admin, storefront unless `storefront: false`).
 * `backendEnv` must say NODE_ENV=production (or the admin ships React's development build) and
 * so carry real secrets, which production's configuration demands.
 */
export async function buildIfChanged(
  log: (line: string) => void,
  backendEnv: NodeJS.ProcessEnv,
  options: { storefront?: boolean } = {}
): Promise<void> {
  const targets = options.storefront === false ? TARGETS.filter((target) => target.name !== STOREFRONT) : TARGETS
  for (const target of targets) {
    const digest = hashInputs(target.inputs)
    const stampFile = path.join(target.output, STAMP)
    if (fs.existsSync(stampFile) && fs.readFileSync(stampFile, "utf8") === digest) {
      log(`${target.name}: up to date`)
      continue
    }
    log(`${target.name}: building (first start or changed sources)...`)
    const started = Date.now()
    await target.build(backendEnv)
    fs.writeFileSync(stampFile, digest)
    log(`${target.name}: built in ${Math.round((Date.now() - started) / 1000)} s`)
  }
}
