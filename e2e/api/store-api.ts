import type { APIRequestContext } from "@playwright/test"
import { BACKEND_URL, STOREFRONT_URL } from "../stack"
import { answerOf } from "./answer-of"

/** The store's largest page (the backend refuses more). */
const PAGE_SIZE = 100

type StoreProductType = { id: string; producer_group: { handle: string } | null }

/** What a guest holds after placing an order: the order and the token that shows it. */
export type GuestOrderType = { orderId: string; token: string }

/**
 * The store API as the storefront calls it, with the publishable key the storefront is served
 * (its `/config.js`), so a test sees exactly what shoppers can see.
 */
export class StoreApi {
  private publishableKey: Promise<string> | undefined

  constructor(private readonly request: APIRequestContext) {}

  /** Ids of the products the store lists for a producer group, every page of them. */
  async productIdsOfGroup(groupHandle: string): Promise<string[]> {
    const products: StoreProductType[] = []
    for (let offset = 0; ; offset += PAGE_SIZE) {
      const page = await answerOf<{ products: StoreProductType[]; count: number }>(
        await this.request.get(`${BACKEND_URL}/store/products`, {
          params: { limit: PAGE_SIZE, offset, fields: "id,*producer_group" },
          headers: { "x-publishable-api-key": await this.key() },
        })
      )
      products.push(...page.products)
      if (!page.products.length || products.length >= page.count) {
        break
      }
    }
    return products.filter((product) => product.producer_group?.handle === groupHandle).map(({ id }) => id)
  }

  /** The handle of a group's maker who has a public profile (handles end in a generated suffix). */
  async makerHandle(groupHandle: string, displayName: string): Promise<string> {
    const { producer_group } = await answerOf<{ producer_group: { makers: { handle: string; display_name: string }[] } }>(
      await this.request.get(`${BACKEND_URL}/store/producers/${groupHandle}`, { headers: await this.headers() })
    )
    const maker = producer_group.makers.find((candidate) => candidate.display_name === displayName)
    if (!maker) throw new Error(`No maker ${displayName} in ${groupHandle}`)
    return maker.handle
  }

  /** The id of the region whose countries include `countryCode` ("fr"). */
  async regionIdOfCountry(countryCode: string): Promise<string> {
    const { regions } = await answerOf<{ regions: { id: string; countries: { iso_2: string }[] }[] }>(
      await this.request.get(`${BACKEND_URL}/store/regions`, {
        headers: await this.headers(),
        params: { fields: "id,countries.iso_2" },
      })
    )
    const region = regions.find((candidate) => candidate.countries.some((country) => country.iso_2 === countryCode))
    if (!region) throw new Error(`No region ships to ${countryCode}`)
    return region.id
  }

  /**
   * Places an order as a guest the way the storefront does (cart, address, shipping, test
   * payment, completion) and asks for its confirmation token.
   */
  async placeGuestOrder(productHandle: string, countryCode = "fr"): Promise<GuestOrderType> {
    const headers = await this.headers()
    const post = async <T>(path: string, data: unknown = {}) =>
      answerOf<T>(await this.request.post(`${BACKEND_URL}${path}`, { headers, data }))
    const get = async <T>(path: string, params: Record<string, string>) =>
      answerOf<T>(await this.request.get(`${BACKEND_URL}${path}`, { headers, params }))

    const regionId = await this.regionIdOfCountry(countryCode)
    const { products } = await get<{ products: { variants: { id: string }[] }[] }>("/store/products", {
      handle: productHandle,
      fields: "variants.id",
    })
    const variantId = products[0]?.variants[0]?.id
    if (!variantId) throw new Error(`No product ${productHandle}`)

    const address = {
      first_name: "Guest",
      last_name: "Buyer",
      address_1: "12 rue des Tisserands",
      city: "Paris",
      postal_code: "75011",
      country_code: countryCode,
    }
    const { cart } = await post<{ cart: { id: string } }>("/store/carts", { region_id: regionId })
    await post(`/store/carts/${cart.id}/line-items`, { variant_id: variantId, quantity: 1 })
    await post(`/store/carts/${cart.id}`, {
      email: `guest-${Date.now()}@example.com`,
      shipping_address: address,
      billing_address: address,
    })
    const { shipping_options } = await get<{ shipping_options: { id: string }[] }>("/store/shipping-options", {
      cart_id: cart.id,
    })
    await post(`/store/carts/${cart.id}/shipping-methods`, { option_id: shipping_options[0]?.id })
    const { payment_collection } = await post<{ payment_collection: { id: string } }>("/store/payment-collections", {
      cart_id: cart.id,
    })
    await post(`/store/payment-collections/${payment_collection.id}/payment-sessions`, {
      provider_id: "pp_system_default",
    })
    await post(`/store/carts/${cart.id}/complete`)
    const confirmation = await post<{ order_id: string; token: string }>("/store/order-confirmations", {
      cart_id: cart.id,
    })
    return { orderId: confirmation.order_id, token: confirmation.token }
  }

  private async headers(): Promise<Record<string, string>> {
    return { "x-publishable-api-key": await this.key() }
  }

  private key(): Promise<string> {
    this.publishableKey ??= this.readPublishableKey()
    return this.publishableKey
  }

  /** `/config.js` is `window.__SIPAKAM_CONFIG__ = {...};` (packages/stack/src/storefront-server.ts). */
  private async readPublishableKey(): Promise<string> {
    const response = await this.request.get(`${STOREFRONT_URL}/config.js`)
    const script = await response.text()
    const json = /^window\.__SIPAKAM_CONFIG__ = (\{.*\});\s*$/s.exec(script)?.[1]
    const key: unknown = json ? JSON.parse(json).publishableKey : undefined
    if (!response.ok() || typeof key !== "string") {
      throw new Error(`No publishable key in ${STOREFRONT_URL}/config.js: ${script.slice(0, 200)}`)
    }
    return key
  }
}
