import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { linkProductsToSalesChannelWorkflow, useQueryGraphStep } from "@medusajs/medusa/core-flows"

export type SetProducerGroupProductsListedWorkflowInput = {
  group_id: string
  /** true: every product of the group in the store's default sales channel; false: none. */
  listed: boolean
}

/**
 * Keeps the rule "a group's products are in the store's default sales channel exactly when the
 * group is active". Only the links that change are touched, so compensation undoes exactly them.
 */
export const setProducerGroupProductsListedWorkflow = createWorkflow(
  "set-producer-group-products-listed",
  (input: SetProducerGroupProductsListedWorkflowInput) => {
    const { data: stores } = useQueryGraphStep({
      entity: "store",
      fields: ["id", "default_sales_channel_id"],
    }).config({ name: "find-default-sales-channel" })
    const { data: groups } = useQueryGraphStep({
      entity: "producer_group",
      fields: ["id", "products.id", "products.sales_channels.id"],
      filters: { id: input.group_id },
    }).config({ name: "find-group-products-channels" })

    const changes = transform({ input, stores, groups }, ({ input, stores, groups }) => {
      const channelId = stores[0]?.default_sales_channel_id as string
      const products = (groups[0]?.products ?? []).filter(Boolean) as {
        id: string
        sales_channels?: ({ id: string } | null)[] | null
      }[]
      const inChannel = (product: (typeof products)[number]) =>
        (product.sales_channels ?? []).some((channel) => channel?.id === channelId)
      return {
        id: channelId,
        add: input.listed ? products.filter((product) => !inChannel(product)).map(({ id }) => id) : [],
        remove: input.listed ? [] : products.filter(inChannel).map(({ id }) => id),
      }
    })
    linkProductsToSalesChannelWorkflow.runAsStep({ input: changes })

    return new WorkflowResponse(changes)
  }
)
