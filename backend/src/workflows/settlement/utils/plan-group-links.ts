import type { LinkDefinition } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { PRODUCER_MODULE } from "../../../modules/producer"
import type { OrderSettlementType } from "../steps/get-order-settlement"

/** Links from the order to each group owning one of its lines that is not linked yet. */
export function planGroupLinks(settlement: OrderSettlementType): LinkDefinition[] {
  const linked = new Set(settlement.linked_group_ids)
  const groups = new Set(
    settlement.lines.flatMap((line) => (line.producer_group_id ? [line.producer_group_id] : []))
  )
  return [...groups]
    .filter((groupId) => !linked.has(groupId))
    .map((groupId) => ({
      [Modules.ORDER]: { order_id: settlement.order_id },
      [PRODUCER_MODULE]: { producer_group_id: groupId },
    }))
}
