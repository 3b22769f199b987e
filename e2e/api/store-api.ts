import type { APIRequestContext } from "@playwright/test"
import { BACKEND_URL, STOREFRONT_URL } from "../stack"
import { answerOf } from "./answer-of"

const PAGE_SIZE = 200

type StoreProductType = { id: string; producer_group: { handle: string } | null }

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
