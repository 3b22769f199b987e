import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules, ProductStatus } from "@medusajs/framework/utils"
import {
  createApiKeysWorkflow,
  createLinksWorkflow,
  createProductsWorkflow,
  linkSalesChannelsToApiKeyWorkflow,
} from "@medusajs/medusa/core-flows"
import { toMedusaAmount } from "@sipakam/shared"
import { PRODUCER_MODULE } from "../../../src/modules/producer"
import type { MakerFieldsType } from "../../../src/workflows/producer/steps/create-maker"
import { createMakerWorkflow } from "../../../src/workflows/producer/workflows/create-maker"

export type HeadersType = { headers: Record<string, string> }

export async function defaultSalesChannelId(container: MedusaContainer): Promise<string> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [store],
  } = await query.graph({ entity: "store", fields: ["id", "default_sales_channel_id"] })
  return store.default_sales_channel_id as string
}

/** Headers with a new publishable key of the store's default sales channel. */
export async function createStoreHeaders(container: MedusaContainer): Promise<HeadersType> {
  const {
    result: [key],
  } = await createApiKeysWorkflow(container).run({
    input: { api_keys: [{ title: "Producers suite", type: "publishable", created_by: "test" }] },
  })
  await linkSalesChannelsToApiKeyWorkflow(container).run({
    input: { id: key.id, add: [await defaultSalesChannelId(container)] },
  })
  return { headers: { "x-publishable-api-key": key.token } }
}

/**
 * A product of a group with one variant priced in USD (integer minor units), in the default
 * sales channel when `listed` (as it is for an active group), credited to `makerIds`.
 */
export async function createGroupProduct(
  container: MedusaContainer,
  input: {
    groupId: string
    handle: string
    listed: boolean
    priceUsd?: number
    status?: ProductStatus
    publicMakerIds?: string[]
  }
): Promise<string> {
  const channelId = await defaultSalesChannelId(container)
  const {
    result: [product],
  } = await createProductsWorkflow(container).run({
    input: {
      products: [
        {
          title: `Product ${input.handle}`,
          handle: input.handle,
          status: input.status ?? ProductStatus.PUBLISHED,
          thumbnail: `https://example.test/${input.handle}.png`,
          options: [{ title: "Size", values: ["One size"] }],
          variants: [
            {
              title: "One size",
              sku: `sku-${input.handle}`,
              manage_inventory: false,
              options: { Size: "One size" },
              prices: [{ currency_code: "usd", amount: toMedusaAmount(input.priceUsd ?? 2500, "usd") }],
            },
          ],
          sales_channels: input.listed ? [{ id: channelId }] : [],
        },
      ],
    },
  })
  await createLinksWorkflow(container).run({
    input: [
      { [Modules.PRODUCT]: { product_id: product.id }, [PRODUCER_MODULE]: { producer_group_id: input.groupId } },
      ...(input.publicMakerIds ?? []).map((publicMakerId) => ({
        [Modules.PRODUCT]: { product_id: product.id },
        [PRODUCER_MODULE]: { public_maker_id: publicMakerId },
      })),
    ],
  })
  return product.id
}

/** An artisan of a group (private record) with its public projection; returns both ids. */
export async function createGroupMaker(
  container: MedusaContainer,
  groupId: string,
  maker: MakerFieldsType
): Promise<{ makerId: string; publicMakerId: string; handle: string | null }> {
  const { result } = await createMakerWorkflow(container).run({ input: { group_id: groupId, maker } })
  return { makerId: result.maker.id, publicMakerId: result.public_maker.id, handle: result.public_maker.handle }
}
