import type { MedusaContainer } from "@medusajs/framework/types"
import { createProducerWithLogin } from "../../fixtures/producers"
import { createMarketplace, type MarketCurrency, type MarketplaceType } from "../orders/marketplace"

// Bodies are read as each test needs them, like the other suites' clients (marketplace.ts).
type HttpResponse = { status: number; data: any }
type HttpClient = {
  get: (url: string, config?: unknown) => Promise<HttpResponse>
  post: (url: string, body?: unknown, config?: unknown) => Promise<HttpResponse>
}

/** Request config for the store as a guest or a logged-in customer; never throws on a status. */
export type AsType = { headers: Record<string, string>; validateStatus: () => boolean }

export type CustomerType = { id: string; email: string; as: AsType }

export type ShopType = {
  market: MarketplaceType
  guest: AsType
  /** A published product of a test producer group with `stock` units of one variant. */
  createProduct: (title: string, prices: Record<MarketCurrency, number>, stock?: number) => Promise<string>
  /** A new customer account, logged in. */
  registerCustomer: (email: string) => Promise<CustomerType>
  /** A cart with an address, the given items, a shipping method and a payment session. */
  readyCart: (input: {
    as?: AsType
    currency?: MarketCurrency
    items: { variantId: string; quantity: number }[]
  }) => Promise<string>
  complete: (cartId: string, as?: AsType) => Promise<HttpResponse>
}

export const SHOPPER_PASSWORD = "shopper-password-1"
const SYSTEM_PAYMENT_PROVIDER_ID = "pp_system_default"
const ADDRESSES: Record<MarketCurrency, Record<string, string>> = {
  usd: { country_code: "kh", city: "Siem Reap", postal_code: "17252" },
  eur: { country_code: "fr", city: "Lyon", postal_code: "69001" },
}

/**
 * A store to check out in (the orders suite's marketplace: regions with tax, shipping, the
 * system payment provider) with one producer group selling, and the store API as shoppers use it.
 */
export async function createShop(container: MedusaContainer, api: HttpClient): Promise<ShopType> {
  const market = await createMarketplace(container, api)
  const group = await createProducerWithLogin(container, api, {
    handle: "checkout-weavers",
    email: "coordinator@checkout-weavers.test",
  })
  const guest: AsType = { headers: { ...market.storeHeaders.headers }, validateStatus: () => true }
  const ok = (response: HttpResponse, what: string) => {
    if (response.status >= 300) {
      throw new Error(`${what} answered ${response.status}: ${JSON.stringify(response.data)}`)
    }
    return response.data
  }

  return {
    market,
    guest,

    async createProduct(title, prices, stock = 100) {
      const { variantId } = await market.createGroupProduct({
        groupId: group.groupId,
        stockLocationId: group.stockLocationId,
        title,
        prices,
        stock,
      })
      return variantId
    },

    async registerCustomer(email) {
      const registered = ok(
        await api.post("/auth/customer/emailpass/register", { email, password: SHOPPER_PASSWORD }, guest),
        "register"
      )
      const created = ok(
        await api.post(
          "/store/customers",
          { email, first_name: "Sophea", last_name: "Test" },
          { ...guest, headers: { ...guest.headers, authorization: `Bearer ${registered.token}` } }
        ),
        "create customer"
      )
      const login = ok(
        await api.post("/auth/customer/emailpass", { email, password: SHOPPER_PASSWORD }, guest),
        "login"
      )
      return {
        id: created.customer.id,
        email,
        as: { ...guest, headers: { ...guest.headers, authorization: `Bearer ${login.token}` } },
      }
    },

    async readyCart({ as = guest, currency = "usd", items }) {
      const cart = ok(
        await api.post(
          "/store/carts",
          {
            region_id: market.regions[currency].id,
            // A logged-in customer's cart takes the customer's own email.
            ...(as.headers.authorization ? {} : { email: "guest@example.com" }),
            shipping_address: {
              first_name: "Dara",
              last_name: "Sok",
              address_1: "12 Pub Street",
              phone: "+855 12 345 678",
              ...ADDRESSES[currency],
            },
            items: items.map((item) => ({ variant_id: item.variantId, quantity: item.quantity })),
          },
          as
        ),
        "create cart"
      ).cart
      const options = ok(await api.get(`/store/shipping-options?cart_id=${cart.id}`, as), "shipping options")
      ok(
        await api.post(
          `/store/carts/${cart.id}/shipping-methods`,
          { option_id: options.shipping_options[0].id },
          as
        ),
        "shipping method"
      )
      const collection = ok(
        await api.post("/store/payment-collections", { cart_id: cart.id }, as),
        "payment collection"
      )
      ok(
        await api.post(
          `/store/payment-collections/${collection.payment_collection.id}/payment-sessions`,
          { provider_id: SYSTEM_PAYMENT_PROVIDER_ID },
          as
        ),
        "payment session"
      )
      return cart.id as string
    },

    complete(cartId, as = guest) {
      return api.post(`/store/carts/${cartId}/complete`, {}, as)
    },
  }
}
