import type { APIRequestContext } from "@playwright/test"
import { BACKEND_URL, STOREFRONT_URL, type AccountType } from "../stack"
import { answerOf } from "./answer-of"
import { bearerToken } from "./bearer-token"

/** An order line as `GET /producer/orders/:id` answers it. */
export type ProducerOrderLineType = {
  id: string
  product_title: string | null
  quantity: number
  amount: number
  status: "pending" | "handed_over" | "shipped"
  tracking: { number: string; url: string | null; carrier: string | null } | null
}

export type ProducerOrderType = { id: string; display_id: number; currency_code: string; items: ProducerOrderLineType[] }

export type ProducerMakerAnswerType = {
  maker: {
    id: string
    first_name: string
    gender: string | null
    public_profile_consent: boolean
    consent_recorded_at: string | null
    consent_recorded_by: string | null
    consent_language: string | null
    retired_at: string | null
  }
  public_maker: { handle: string | null; display_name: string; has_public_profile: boolean } | null
}

export type LedgerEntryType = { type: string; amount: number; currency_code: string; order_id: string | null }

/**
 * What the studio's orders, makers, earnings and profile pages change, read back through the
 * producer API as one coordinator (and the store API, as shoppers see it).
 */
export class StudioWorkApi {
  private token: Promise<string> | undefined
  private publishableKey: Promise<string> | undefined

  constructor(
    private readonly request: APIRequestContext,
    private readonly account: AccountType
  ) {}

  async order(id: string): Promise<ProducerOrderType> {
    return (await this.get<{ order: ProducerOrderType }>(`/producer/orders/${id}`)).order
  }

  /** The order as the group sees it, or null while the order is not the group's yet (404). */
  async orderIfListed(id: string): Promise<ProducerOrderType | null> {
    const answer = await this.request.get(`${BACKEND_URL}/producer/orders/${id}`, { headers: await this.headers() })
    return answer.status() === 404 ? null : (await answerOf<{ order: ProducerOrderType }>(answer)).order
  }

  /** Hands over the order's lines still at the group, if any (a test's cleanup: it frees their stock). */
  async handOverPending(orderId: string): Promise<void> {
    const order = await this.order(orderId)
    const pending = order.items.filter((line) => line.status === "pending").map((line) => line.id)
    if (!pending.length) return
    await answerOf(
      await this.request.post(`${BACKEND_URL}/producer/orders/${orderId}/handover`, {
        data: { line_item_ids: pending },
        headers: await this.headers(),
      })
    )
  }

  maker(id: string): Promise<ProducerMakerAnswerType> {
    return this.get(`/producer/makers/${id}`)
  }

  async retireMaker(id: string): Promise<void> {
    await answerOf(await this.request.delete(`${BACKEND_URL}/producer/makers/${id}`, { headers: await this.headers() }))
  }

  me(): Promise<{
    member: { id: string }
    group: {
      handle: string
      story: string | null
      story_km: string | null
      account: { payout_method: string | null; payout_details: Record<string, string> | null } | null
    }
  }> {
    return this.get("/producer/me")
  }

  ledger(): Promise<{ entries: LedgerEntryType[]; balances: { currency_code: string; balance: number }[] }> {
    return this.get("/producer/ledger?limit=100")
  }

  /** The status of a maker's public page in the store: 200 with consent, 404 without. */
  async storeMakerStatus(handle: string): Promise<number> {
    const answer = await this.request.get(`${BACKEND_URL}/store/makers/${handle}`, {
      headers: { "x-publishable-api-key": await this.key() },
    })
    return answer.status()
  }

  /** The names the store shows among a group's makers. */
  async storeGroupMakerNames(groupHandle: string): Promise<string[]> {
    const { producer_group } = await answerOf<{ producer_group: { makers: { display_name: string }[] } }>(
      await this.request.get(`${BACKEND_URL}/store/producers/${groupHandle}`, {
        headers: { "x-publishable-api-key": await this.key() },
      })
    )
    return producer_group.makers.map((maker) => maker.display_name)
  }

  private async get<T>(path: string): Promise<T> {
    return answerOf<T>(await this.request.get(`${BACKEND_URL}${path}`, { headers: await this.headers() }))
  }

  private async headers(): Promise<Record<string, string>> {
    this.token ??= bearerToken(this.request, "producer", this.account)
    return { authorization: `Bearer ${await this.token}` }
  }

  /** The publishable key the storefront is served (`/config.js`), as StoreApi reads it. */
  private key(): Promise<string> {
    this.publishableKey ??= (async () => {
      const script = await (await this.request.get(`${STOREFRONT_URL}/config.js`)).text()
      const json = /^window\.__SIPAKAM_CONFIG__ = (\{.*\});\s*$/s.exec(script)?.[1]
      const key: unknown = json ? JSON.parse(json).publishableKey : undefined
      if (typeof key !== "string") throw new Error(`No publishable key in ${STOREFRONT_URL}/config.js`)
      return key
    })()
    return this.publishableKey
  }
}
