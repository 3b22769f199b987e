import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import OrderProducerGroupLink from "../../../links/order-producer-group"
import { producerScope } from "../scope"
import { queryProducerOrders } from "./query-producer-orders"

/** The group's orders, newest first, each with the group's lines only. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { groupId } = producerScope(req)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { skip = 0, take = 20 } = req.queryConfig.pagination ?? {}
  const { data: links, metadata } = await query.graph({
    entity: OrderProducerGroupLink.entryPoint,
    fields: ["order_id"],
    filters: { producer_group_id: groupId },
    pagination: { skip, take, order: { created_at: "DESC", id: "DESC" } },
  })
  const orders = await queryProducerOrders(
    req.scope,
    groupId,
    (links as unknown as { order_id: string }[]).map((link) => link.order_id)
  )
  res.json({ orders, count: metadata?.count ?? orders.length, limit: take, offset: skip })
}
