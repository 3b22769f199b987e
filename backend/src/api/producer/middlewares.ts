import { authenticate, type MiddlewareRoute } from "@medusajs/framework/http"
import { PRODUCER_ACTOR_TYPE } from "../../modules/producer/producer-actor-type"
import { resolveProducerScope } from "./scope"

/**
 * Every /producer route needs a producer login and runs in that member's group. Routes that
 * need only a registered identity (accepting an invite) are matched before and say so.
 */
export const producerAuthMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/producer/invites/accept",
    middlewares: [authenticate(PRODUCER_ACTOR_TYPE, ["session", "bearer"], { allowUnregistered: true })],
  },
  {
    matcher: /^\/producer(?!\/invites\/accept)(\/.*)?$/,
    middlewares: [authenticate(PRODUCER_ACTOR_TYPE, ["session", "bearer"]), resolveProducerScope],
  },
]
