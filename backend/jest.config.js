const { loadEnv } = require("@medusajs/framework/utils")
loadEnv("test", process.cwd())

// Test layers by TEST_TYPE: unit tests sit beside the code, HTTP suites run a real app against
// PostgreSQL (DB_HOST/DB_PORT/DB_USERNAME, set by `npm run test:integration` at the root).
const testMatch = {
  unit: ["**/src/**/__tests__/**/*.unit.spec.[jt]s"],
  "integration:http": ["**/integration-tests/http/**/*.spec.[jt]s"],
}[process.env.TEST_TYPE]

module.exports = {
  transform: {
    "^.+\\.[jt]s$": [
      "@swc/jest",
      { jsc: { parser: { syntax: "typescript", decorators: true }, target: "es2021" } },
    ],
  },
  testEnvironment: "node",
  moduleFileExtensions: ["js", "ts", "json"],
  modulePathIgnorePatterns: ["dist/", "<rootDir>/.medusa/"],
  setupFiles: ["./integration-tests/setup.js"],
  testMatch,
}
