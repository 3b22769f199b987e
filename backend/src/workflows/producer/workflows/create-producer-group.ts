import { Modules } from "@medusajs/framework/utils"
import type { LinkDefinition } from "@medusajs/framework/types"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  createRemoteLinkStep,
  createStockLocationsWorkflow,
  linkSalesChannelsToStockLocationWorkflow,
  useQueryGraphStep,
} from "@medusajs/medusa/core-flows"
import { PRODUCER_MODULE } from "../../../modules/producer"
import { createProducerGroupStep, type CreateProducerGroupStepInput } from "../steps/create-producer-group"
import { upsertProducerGroupAccountStep } from "../steps/upsert-producer-group-account"
import { validateUniqueGroupHandleStep } from "../steps/validate-unique-group-handle"
import { startStoreImpactVersionStep } from "../../impact/steps/start-store-impact-version"

/** The fulfillment provider that a group's own location ships with (groups deliver by hand or courier). */
export const GROUP_FULFILLMENT_PROVIDER_ID = "manual_manual"

export type CreateProducerGroupWorkflowInput = CreateProducerGroupStepInput & {
  /** How the operator reaches the group; kept in the group's private account. */
  contacts?: { email?: string | null; phone?: string | null }
}

/**
 * Creates a producer group (pending unless said), its private account when contacts are given,
 * and its own stock location, available to the store's default sales channel, where the
 * group's stock is kept.
 */
export const createProducerGroupWorkflow = createWorkflow(
  "create-producer-group",
  (input: CreateProducerGroupWorkflowInput) => {
    validateUniqueGroupHandleStep({ handle: input.handle })
    const groupInput = transform({ input }, ({ input }): CreateProducerGroupStepInput => {
      const { contacts: _contacts, ...group } = input
      return group
    })
    const group = createProducerGroupStep(groupInput)
    when("producer-group-contacts-given", { input }, ({ input }) => Boolean(input.contacts)).then(() =>
      upsertProducerGroupAccountStep(
        transform({ input, group }, ({ input, group }) => ({
          group_id: group.id,
          contact_email: input.contacts?.email ?? null,
          contact_phone: input.contacts?.phone ?? null,
        }))
      )
    )

    const locationInput = transform({ input }, ({ input }) => ({
      locations: [
        {
          name: `${input.name} (${input.handle})`,
          address: {
            address_1: input.village ?? input.name,
            city: input.province,
            country_code: "kh",
          },
        },
      ],
    }))
    const locations = createStockLocationsWorkflow.runAsStep({ input: locationInput })

    const { data: stores } = useQueryGraphStep({
      entity: "store",
      fields: ["id", "default_sales_channel_id"],
    })
    const links = transform({ group, locations, stores }, ({ group, locations, stores }) => {
      const groupLinks: LinkDefinition[] = [
        {
          [PRODUCER_MODULE]: { producer_group_id: group.id },
          [Modules.STOCK_LOCATION]: { stock_location_id: locations[0].id },
        },
        {
          [Modules.STOCK_LOCATION]: { stock_location_id: locations[0].id },
          [Modules.FULFILLMENT]: { fulfillment_provider_id: GROUP_FULFILLMENT_PROVIDER_ID },
        },
      ]
      return {
        locationId: locations[0].id,
        salesChannelId: stores[0]?.default_sales_channel_id as string,
        links: groupLinks,
      }
    })
    createRemoteLinkStep(links.links)
    linkSalesChannelsToStockLocationWorkflow.runAsStep({
      input: transform({ links }, ({ links }) => ({ id: links.locationId, add: [links.salesChannelId] })),
    })

    startStoreImpactVersionStep()
    return new WorkflowResponse({ group, stock_location_id: links.locationId })
  }
)
