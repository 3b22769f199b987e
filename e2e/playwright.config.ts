import { existsSync } from "node:fs"
import path from "node:path"
import { chromium, defineConfig, devices } from "@playwright/test"
import { BACKEND_PORT, STOREFRONT_PORT, STOREFRONT_URL } from "./stack"

const repoRoot = path.resolve(__dirname, "..")
const baseURL = STOREFRONT_URL

function playwrightChromium(): string | undefined {
  try {
    return chromium.executablePath()
  } catch {
    return undefined
  }
}

/** The system's Chromium first (Playwright cannot download browsers everywhere), then Playwright's. */
function chromiumExecutable(): string {
  const candidates = [
    process.env.CHROMIUM_PATH,
    "/usr/bin/chromium",
    "/usr/bin/chromium-browser",
    playwrightChromium(),
  ]
  const found = candidates.find((candidate): candidate is string =>
    Boolean(candidate && existsSync(candidate))
  )
  if (!found) {
    throw new Error(
      "No Chromium found for the e2e tests. Install Debian's chromium (`sudo apt-get install chromium`), " +
        "or run `npx playwright install chromium`, or set CHROMIUM_PATH to a Chromium executable."
    )
  }
  return found
}

export default defineConfig({
  testDir: path.join(__dirname, "tests"),
  outputDir: path.join(__dirname, "test-results"),
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  // One browser at a time: the stack under test and Chromium share two cores.
  workers: 1,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: [
    ["list"],
    ["html", { outputFolder: path.join(__dirname, "playwright-report"), open: "never" }],
  ],
  use: {
    baseURL,
    locale: "en-US",
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
  },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        launchOptions: {
          executablePath: chromiumExecutable(),
          args: [
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            "--disable-quic",
          ],
        },
      },
    },
  ],
  // The stack a user starts with `npm start`, in its own data directory, wiped first.
  webServer: {
    command: "npm start -- --reset",
    cwd: repoRoot,
    env: {
      SIPAKAM_DATA_DIR: path.join(repoRoot, ".data", "e2e"),
      PORT: BACKEND_PORT,
      STOREFRONT_PORT,
    },
    url: `${baseURL}/`,
    // The first start builds the backend and admin, migrates and seeds.
    timeout: 15 * 60_000,
    reuseExistingServer: false,
    gracefulShutdown: { signal: "SIGTERM", timeout: 20_000 },
    stdout: "pipe",
    stderr: "pipe",
  },
})
