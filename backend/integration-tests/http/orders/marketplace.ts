import { setTimeout } from "timers/promises"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  createApiKeysWorkflow,
  createInventoryLevelsWorkflow,
  createLinksWorkflow,
  createLocationFulfillmentSetWorkflow,
  createProductsWorkflow,
  createPromotionsWorkflow,
  createRegionsWorkflow,
  createServiceZonesWorkflow,
  createShippingOptionsWorkflow,
  createShippingProfilesWorkflow,
  createStockLocationsWorkflow,
  createTaxRegionsWorkflow,
  linkSalesChannelsToApiKeyWorkflow,
  linkSalesChannelsToStockLocationWorkflow,
  updatePricePreferencesWorkflow,
} from "@medusajs/medusa/core-flows"
import { toMedusaAmount } from "@sipakam/shared"
import { PRODUCER_MODULE } from "../../../src/modules/producer"
import { createOperatorHeaders } from "../../fixtures/operator"

type HttpClient = {
  get: (url: string, config?: unknown) => Promise<{ status: number; data: any }>
  post: (url: string, body?: unknown, config?: unknown) => Promise<{ status: number; data: any }>
}

type Headers = { headers: Record<string, string> }

export type MarketCurrency = "usd" | "eur"

/**
 * Prices in integer minor units per currency. Cambodia (usd) charges 10% tax on top of the
 * price; Europe (eur) prices include 20% tax, so the ledger must take the tax back out.
 */
export type MarketplaceType = {
  adminHeaders: Headers
  storeHeaders: Headers
  regions: Record<MarketCurrency, { id: string; taxRate: number; taxInclusive: boolean }>
  /** A published product of the group with one variant stocked at the group's location. */
  createGroupProduct: (input: {
    groupId: string
    stockLocationId: string
    title: string
    prices: Record<MarketCurrency, number>
    stock?: number
  }) => Promise<{ productId: string; variantId: string }>
  /** A promotion code taking `percent`% off every item of the cart. */
  createPercentPromotion: (code: string, percent: number) => Promise<void>
  /** The operator receives `items` back at `locationId` through Medusa's admin return flow. */
  returnItems: (
    orderId: string,
    locationId: string,
    items: { id: string; quantity: number }[]
  ) => Promise<void>
  /** Polls `read` until `done` holds for what it returns (subscribers run after the response). */
  waitFor: <T>(read: () => Promise<T>, done: (value: T) => boolean) => Promise<T>
  /** Completes a cart through the store API and returns the order's id. */
  placeOrder: (input: {
    currency: MarketCurrency
    items: { variantId: string; quantity: number }[]
    promotionCode?: string
  }) => Promise<string>
}

const SYSTEM_PAYMENT_PROVIDER_ID = "pp_system_default"
const MANUAL_FULFILLMENT_PROVIDER_ID = "manual_manual"
const WAIT_ATTEMPTS = 100
const WAIT_INTERVAL_MS = 100

const DESTINATIONS: Record<MarketCurrency, Record<string, string>> = {
  usd: { country_code: "kh", city: "Siem Reap", postal_code: "17252" },
  eur: { country_code: "fr", city: "Lyon", postal_code: "69001" },
}

/**
 * The smallest store a cart can be completed in: two regions with taxes, a publishable key, a
 * hub with one shipping option per region, the system payment provider. Every suite that needs
 * real orders builds this once in `beforeAll`.
 */
export async function createMarketplace(
  container: MedusaContainer,
  api: HttpClient
): Promise<MarketplaceType> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [store],
  } = await query.graph({ entity: "store", fields: ["id", "default_sales_channel_id"] })
  const salesChannelId = store.default_sales_channel_id as string
  const {
    result: [profile],
  } = await createShippingProfilesWorkflow(container).run({
    input: { data: [{ name: "Test parcels", type: "default" }] },
  })

  const { result: regions } = await createRegionsWorkflow(container).run({
    input: {
      regions: [
        {
          name: "Cambodia",
          currency_code: "usd",
          countries: ["kh"],
          payment_providers: [SYSTEM_PAYMENT_PROVIDER_ID],
        },
        {
          name: "Europe",
          currency_code: "eur",
          countries: ["fr"],
          payment_providers: [SYSTEM_PAYMENT_PROVIDER_ID],
        },
      ],
    },
  })
  await updatePricePreferencesWorkflow(container).run({
    input: {
      selector: { attribute: "currency_code", value: "eur" },
      update: { is_tax_inclusive: true },
    },
  })
  await createTaxRegionsWorkflow(container).run({
    input: [
      {
        country_code: "kh",
        provider_id: "tp_system",
        default_tax_rate: { rate: 10, code: "VAT", name: "VAT" },
      },
      {
        country_code: "fr",
        provider_id: "tp_system",
        default_tax_rate: { rate: 20, code: "TVA", name: "TVA" },
      },
    ],
  })

  const {
    result: [key],
  } = await createApiKeysWorkflow(container).run({
    input: { api_keys: [{ title: "Test store", type: "publishable", created_by: "test" }] },
  })
  await linkSalesChannelsToApiKeyWorkflow(container).run({
    input: { id: key.id, add: [salesChannelId] },
  })

  const {
    result: [hub],
  } = await createStockLocationsWorkflow(container).run({
    input: { locations: [{ name: "Test hub", address: { address_1: "Hub", country_code: "kh" } }] },
  })
  await linkSalesChannelsToStockLocationWorkflow(container).run({
    input: { id: hub.id, add: [salesChannelId] },
  })
  await createLinksWorkflow(container).run({
    input: [
      {
        [Modules.STOCK_LOCATION]: { stock_location_id: hub.id },
        [Modules.FULFILLMENT]: { fulfillment_provider_id: MANUAL_FULFILLMENT_PROVIDER_ID },
      },
    ],
  })
  await createLocationFulfillmentSetWorkflow(container).run({
    input: { location_id: hub.id, fulfillment_set_data: { name: "Test hub shipping", type: "shipping" } },
  })
  const {
    data: [fulfillmentSet],
  } = await query.graph({
    entity: "fulfillment_set",
    fields: ["id"],
    filters: { name: "Test hub shipping" },
  })
  const { result: zones } = await createServiceZonesWorkflow(container).run({
    input: {
      data: [
        {
          fulfillment_set_id: fulfillmentSet.id,
          name: "Test zone",
          geo_zones: [
            { type: "country", country_code: "kh" },
            { type: "country", country_code: "fr" },
          ],
        },
      ],
    },
  })
  await createShippingOptionsWorkflow(container).run({
    input: [
      {
        name: "Test courier",
        price_type: "flat",
        provider_id: MANUAL_FULFILLMENT_PROVIDER_ID,
        service_zone_id: zones[0].id,
        shipping_profile_id: profile.id,
        type: { label: "Courier", description: "Platform courier", code: "courier" },
        prices: [
          { currency_code: "usd", amount: 3 },
          { currency_code: "eur", amount: 3 },
        ],
        rules: [
          { attribute: "enabled_in_store", value: "true", operator: "eq" },
          { attribute: "is_return", value: "false", operator: "eq" },
        ],
      },
    ],
  })

  const storeHeaders = { headers: { "x-publishable-api-key": key.token } }
  const regionOf = (currency: MarketCurrency) => regions.find((r) => r.currency_code === currency)!

  const adminHeaders = await createOperatorHeaders(container, api)
  return {
    adminHeaders,
    storeHeaders,
    regions: {
      usd: { id: regionOf("usd").id, taxRate: 10, taxInclusive: false },
      eur: { id: regionOf("eur").id, taxRate: 20, taxInclusive: true },
    },

    async createGroupProduct({ groupId, stockLocationId, title, prices, stock = 100 }) {
      const {
        result: [product],
      } = await createProductsWorkflow(container).run({
        input: {
          products: [
            {
              title,
              status: "published",
              shipping_profile_id: profile.id,
              sales_channels: [{ id: salesChannelId }],
              options: [{ title: "Size", values: ["One size"] }],
              variants: [
                {
                  title: "One size",
                  sku: `${title.toLowerCase().replace(/\W+/g, "-")}-one`,
                  options: { Size: "One size" },
                  manage_inventory: true,
                  prices: [
                    { currency_code: "usd", amount: toMedusaAmount(prices.usd, "usd") },
                    { currency_code: "eur", amount: toMedusaAmount(prices.eur, "eur") },
                  ],
                },
              ],
            },
          ],
        },
      })
      const {
        data: [variant],
      } = await query.graph({
        entity: "product_variant",
        fields: ["id", "inventory_items.inventory_item_id"],
        filters: { product_id: product.id },
      })
      await createInventoryLevelsWorkflow(container).run({
        input: {
          inventory_levels: [
            {
              inventory_item_id: variant.inventory_items![0]!.inventory_item_id,
              location_id: stockLocationId,
              stocked_quantity: stock,
            },
          ],
        },
      })
      await createLinksWorkflow(container).run({
        input: [
          {
            [Modules.PRODUCT]: { product_id: product.id },
            [PRODUCER_MODULE]: { producer_group_id: groupId },
          },
        ],
      })
      return { productId: product.id, variantId: variant.id }
    },

    async createPercentPromotion(code, percent) {
      await createPromotionsWorkflow(container).run({
        input: {
          promotionsData: [
            {
              code,
              type: "standard",
              status: "active",
              is_automatic: false,
              application_method: {
                type: "percentage",
                target_type: "items",
                allocation: "each",
                value: percent,
                max_quantity: 100,
              },
            },
          ],
        },
      })
    },

    async returnItems(orderId, locationId, items) {
      const admin = { headers: { ...adminHeaders.headers } }
      const {
        data: { return: started },
      } = await api.post("/admin/returns", { order_id: orderId, location_id: locationId }, admin)
      await api.post(`/admin/returns/${started.id}/request-items`, { items }, admin)
      await api.post(`/admin/returns/${started.id}/request`, {}, admin)
      await api.post(`/admin/returns/${started.id}/receive`, {}, admin)
      await api.post(`/admin/returns/${started.id}/receive-items`, { items }, admin)
      await api.post(`/admin/returns/${started.id}/receive/confirm`, {}, admin)
    },

    async waitFor(read, done) {
      for (let attempt = 0; ; attempt++) {
        const value = await read()
        if (done(value) || attempt >= WAIT_ATTEMPTS) {
          return value
        }
        await setTimeout(WAIT_INTERVAL_MS)
      }
    },

    async placeOrder({ currency, items, promotionCode }) {
      const cart = await api.post(
        "/store/carts",
        {
          region_id: regionOf(currency).id,
          email: "buyer@example.com",
          shipping_address: {
            first_name: "Emma",
            last_name: "Laurent",
            address_1: "1 Test Street",
            phone: "+33 6 12 34 56 78",
            ...DESTINATIONS[currency],
          },
          items: items.map((item) => ({ variant_id: item.variantId, quantity: item.quantity })),
        },
        storeHeaders
      )
      const cartId = cart.data.cart.id
      if (promotionCode) {
        await api.post(`/store/carts/${cartId}/promotions`, { promo_codes: [promotionCode] }, storeHeaders)
      }
      const options = await api.get(`/store/shipping-options?cart_id=${cartId}`, storeHeaders)
      await api.post(
        `/store/carts/${cartId}/shipping-methods`,
        { option_id: options.data.shipping_options[0].id },
        storeHeaders
      )
      const collection = await api.post(
        "/store/payment-collections",
        { cart_id: cartId },
        storeHeaders
      )
      await api.post(
        `/store/payment-collections/${collection.data.payment_collection.id}/payment-sessions`,
        { provider_id: SYSTEM_PAYMENT_PROVIDER_ID },
        storeHeaders
      )
      const completed = await api.post(`/store/carts/${cartId}/complete`, {}, storeHeaders)
      if (completed.data.type !== "order") {
        throw new Error(`Cart ${cartId} did not complete: ${JSON.stringify(completed.data)}`)
      }
      return completed.data.order.id as string
    },
  }
}
