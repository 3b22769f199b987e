export { startStack, type RunningStackType } from "./stack.js"
export { readSettings, type StackSettingsType } from "./settings.js"
export { provideTestPostgres, type TestPostgresType } from "./with-postgres.js"
export { renderConfigScript, type StorefrontConfigType } from "./storefront-server.js"
