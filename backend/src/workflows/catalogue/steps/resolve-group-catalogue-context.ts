import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { ProducerGroupStatusType } from "../../../modules/producer/producer-group-status"
import { ProducerGroupStatus } from "../../../modules/producer/producer-group-status"

export type GroupCatalogueContextType = {
  group_id: string
  status: ProducerGroupStatusType
  trusted: boolean
  /** The group's own stock location, where its products' stock is kept. */
  stock_location_id: string
  /** The store's default sales channel, set only when the group is active. */
  sales_channel_id: string | null
  /** The store's default shipping profile, when one exists. */
  shipping_profile_id: string | null
}

/**
 * What creating or editing a group's listings depends on: the group's status and trust, its
 * stock location and, for active groups, the sales channel its products are sold in.
 */
export const resolveGroupCatalogueContextStep = createStep(
  "resolve-group-catalogue-context",
  async (input: { group_id: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const {
      data: [group],
    } = await query.graph({
      entity: "producer_group",
      fields: ["id", "status", "trusted", "stock_location.id"],
      filters: { id: input.group_id },
    })
    if (!group) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Producer group ${input.group_id} not found`
      )
    }
    const stockLocationId = group.stock_location?.id
    if (!stockLocationId) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        "Your group has no stock location yet; ask the operator to set it up"
      )
    }

    const [{ data: stores }, { data: profiles }] = await Promise.all([
      query.graph({ entity: "store", fields: ["id", "default_sales_channel_id"] }),
      query.graph({ entity: "shipping_profile", fields: ["id"], filters: { type: "default" } }),
    ])
    const context: GroupCatalogueContextType = {
      group_id: group.id,
      status: group.status,
      trusted: group.trusted,
      stock_location_id: stockLocationId,
      sales_channel_id:
        group.status === ProducerGroupStatus.ACTIVE ? (stores[0]?.default_sales_channel_id ?? null) : null,
      shipping_profile_id: profiles[0]?.id ?? null,
    }
    return new StepResponse(context)
  }
)
