import type { APIRequestContext } from "@playwright/test"
import { BACKEND_URL, type AccountType } from "../stack"
import { answerOf } from "./answer-of"
import { bearerToken } from "./bearer-token"

/** A product as the producer API answers it (backend/src/api/producer/products). */
export type ProducerProductType = {
  id: string
  title: string
  handle: string
  status: "draft" | "proposed" | "published" | "rejected"
  review_rejection_reason: string | null
}

/** The smallest listing `POST /producer/products` accepts: one variant, a USD price, a heritage. */
export function minimalListing(title: string) {
  return {
    title,
    description: "A scarf listed by the end-to-end tests.",
    variants: [{ title: "One size", prices: [{ currency_code: "usd", amount: 2500 }], stock: 3 }],
    heritage: { craft: "hol-silk", materials: ["silk"], province: "takeo" },
  }
}

/** The producer API (`/producer/*`) as one coordinator uses it: always within their own group. */
export class ProducerApi {
  private token: Promise<string> | undefined

  constructor(
    private readonly request: APIRequestContext,
    private readonly account: AccountType
  ) {}

  async createProduct(body: ReturnType<typeof minimalListing>): Promise<ProducerProductType> {
    const answer = await this.request.post(`${BACKEND_URL}/producer/products`, {
      data: body,
      headers: await this.headers(),
    })
    return (await answerOf<{ product: ProducerProductType }>(answer)).product
  }

  async product(id: string): Promise<ProducerProductType> {
    const answer = await this.request.get(`${BACKEND_URL}/producer/products/${id}`, {
      headers: await this.headers(),
    })
    return (await answerOf<{ product: ProducerProductType }>(answer)).product
  }

  async deleteProduct(id: string): Promise<void> {
    await answerOf(
      await this.request.delete(`${BACKEND_URL}/producer/products/${id}`, { headers: await this.headers() })
    )
  }

  private async headers(): Promise<Record<string, string>> {
    this.token ??= bearerToken(this.request, "producer", this.account)
    return { authorization: `Bearer ${await this.token}` }
  }
}
