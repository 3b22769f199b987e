import { fileURLToPath } from "node:url"
import { defineConfig } from "vitest/config"

/**
 * Tests of real backend processes (production build, `medusa start`): one database with the demo
 * catalogue is prepared once (global-setup.ts); the files run one after the other, each starting
 * and stopping its own processes on ports 9400-9499.
 */
export default defineConfig({
  root: fileURLToPath(new URL("../..", import.meta.url)),
  test: {
    include: ["integration-tests/processes/**/*.spec.ts"],
    globalSetup: ["integration-tests/processes/global-setup.ts"],
    fileParallelism: false,
    testTimeout: 180_000,
    hookTimeout: 180_000,
    reporters: ["default"],
  },
})
