import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { producerScope } from "../../scope"
import { queryProducerOrders } from "../query-producer-orders"

/** One of the group's orders with the group's lines; not found if the group sold nothing in it. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { groupId } = producerScope(req)
  const [order] = await queryProducerOrders(req.scope, groupId, [req.params.id])
  if (!order) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order ${req.params.id} was not found`)
  }
  res.json({ order })
}
