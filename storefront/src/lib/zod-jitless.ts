// zod/mini: the same configuration as zod's; both share zod's core.
import * as z from "zod/mini"

/**
 * zod compiles a faster parser for each object schema with `new Function`, after probing whether
 * the page allows it: under our content security policy (no 'unsafe-eval') it does not, and the
 * probe itself is reported as a violation on every page. Object schemas read this setting when
 * they are created, so main.tsx imports this module before anything that defines one.
 */
z.config({ jitless: true })
