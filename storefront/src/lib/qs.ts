/**
 * What the build gives packages that import `qs` (see vite.config.ts): qs-esm, qs's
 * dependency-free fork. The SDK imports `stringify`; instantsearch.js imports qs's default
 * export for its own history router, which the shop does not use.
 */
import { parse, stringify } from "qs-esm"

export { parse, stringify }
export default { parse, stringify }
