import { validateAndTransformBody, type MiddlewareRoute } from "@medusajs/framework/http"
import { ProducerAcceptInvite } from "./validators"

export const producerInvitesMiddlewares: MiddlewareRoute[] = [
  {
    method: ["POST"],
    matcher: "/producer/invites/accept",
    middlewares: [validateAndTransformBody(ProducerAcceptInvite)],
  },
]
