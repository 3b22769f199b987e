import { cleanup } from "@testing-library/react"
import { afterEach } from "vitest"
import "@/lib/i18n"

// What /config.js sets in the browser; a test that needs other values sets its own first.
window.__SIPAKAM_CONFIG__ = { backendUrl: "http://backend.test", publishableKey: "pk_test" }

afterEach(() => {
  cleanup()
})
