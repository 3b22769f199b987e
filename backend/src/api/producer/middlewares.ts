import {
  authenticate,
  type AuthenticatedMedusaRequest,
  type MedusaNextFunction,
  type MedusaResponse,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { PRODUCER_ACTOR_TYPE } from "../../modules/producer/producer-actor-type"
import { ProducerGroupStatus } from "../../modules/producer/producer-group-status"
import { producerScope, resolveProducerScope } from "./scope"

const READ_METHODS = ["GET", "HEAD", "OPTIONS"]

/**
 * A suspended group's members may still read everything of their group (orders, ledger, listings),
 * but change nothing: not the payout account, uploads, products, makers or shipments.
 */
function refuseSuspendedGroupWrites(
  req: AuthenticatedMedusaRequest,
  _res: MedusaResponse,
  next: MedusaNextFunction
) {
  if (
    !READ_METHODS.includes(req.method) &&
    producerScope(req).groupStatus === ProducerGroupStatus.SUSPENDED
  ) {
    throw new MedusaError(
      MedusaError.Types.FORBIDDEN,
      "Your group is suspended: its listings, makers, uploads, payout account and orders cannot be changed until the operator reinstates it"
    )
  }
  next()
}

/**
 * Every /producer route needs a producer login and runs in that member's group. Routes that
 * need only a registered identity (accepting an invite) are matched before and say so.
 *
 * Express matches string matchers without regard to case, and a RegExp only as written: so the
 * RegExp is case-insensitive (`/PRODUCER/uploads` reaches the same route handler as
 * `/producer/uploads`), and it leaves out exactly the accept path, not every path that starts
 * with it.
 */
export const producerAuthMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/producer/invites/accept",
    middlewares: [authenticate(PRODUCER_ACTOR_TYPE, ["session", "bearer"], { allowUnregistered: true })],
  },
  {
    matcher: /^\/producer(?!\/invites\/accept\/?$)(\/.*)?$/i,
    middlewares: [
      authenticate(PRODUCER_ACTOR_TYPE, ["session", "bearer"]),
      resolveProducerScope,
      refuseSuspendedGroupWrites,
    ],
  },
]
