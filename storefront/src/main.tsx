// First: before any module defines a zod schema (see the module).
import "@/lib/zod-jitless"
import "@/index.css"
import { startTransition, StrictMode } from "react"
import { createRoot } from "react-dom/client"
import { App } from "@/app/app"
import { ConfigErrorScreen } from "@/components/config-error-screen"
import { readRuntimeConfig } from "@/lib/config"
import { i18nReady } from "@/lib/i18n"
import { preconnectToBackend } from "@/lib/sdk"

const container = document.getElementById("root")
if (!container) {
  throw new Error("index.html has no #root element")
}

const config = readRuntimeConfig()
if (config.ok) {
  preconnectToBackend(config.config.backendUrl)
} else {
  console.error(`Sipakam runtime configuration is invalid:\n${config.problems.join("\n")}`)
}

// The first render as a transition: React renders it in slices of a few milliseconds and lets
// the browser run between them, instead of one long task that blocks a slow phone's main thread.
void i18nReady.then(() => {
  const root = createRoot(container)
  startTransition(() => {
    root.render(<StrictMode>{config.ok ? <App /> : <ConfigErrorScreen problems={config.problems} />}</StrictMode>)
  })
})
