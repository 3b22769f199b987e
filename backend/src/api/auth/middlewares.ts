import type { MiddlewareRoute } from "@medusajs/framework/http"
import { throttleFailedLogins } from "./throttle-failed-logins"

/** Every email/password login: customers, producer members and operators (`user`). */
export const authMiddlewares: MiddlewareRoute[] = [
  { method: ["POST"], matcher: "/auth/:actor_type/emailpass", middlewares: [throttleFailedLogins] },
]
