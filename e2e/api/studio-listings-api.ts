import type { APIRequestContext } from "@playwright/test"
import { BACKEND_URL, OPERATOR, type AccountType } from "../stack"
import type { AdminApi } from "./admin-api"
import { answerOf } from "./answer-of"
import { bearerToken } from "./bearer-token"

/** A listing with its variants, as `GET /producer/products` answers it. */
export type StudioListingType = {
  id: string
  title: string
  title_km: string | null
  status: "draft" | "proposed" | "published" | "rejected"
  images: string[]
  variants: { id: string; stock: number; prices: { currency_code: string; amount: number }[] }[]
}

/**
 * A coordinator of a new group that is open but not trusted, so its listings wait for the
 * operator's review: the group made and the coordinator invited through the admin API, the
 * invitation accepted through the producer API.
 */
export async function coordinatorOfUntrustedGroup(
  request: APIRequestContext,
  adminApi: AdminApi,
  name: string
): Promise<{ account: AccountType; group: { id: string; handle: string } }> {
  const stamp = `${Date.now()}-${Math.floor(Math.random() * 1000)}`
  const group = await adminApi.createGroup({ handle: `e2e-listings-${stamp}`, name: `${name} ${stamp}`, province: "takeo" })
  const account = { email: `listings-${stamp}@example.com`, password: "a-good-password" }
  const code = await adminApi.inviteCoordinator(group.id, account.email)
  const { token } = await answerOf<{ token: string }>(
    await request.post(`${BACKEND_URL}/auth/producer/emailpass/register`, { data: account })
  )
  await answerOf(
    await request.post(`${BACKEND_URL}/producer/invites/accept`, {
      data: { token: code },
      headers: { authorization: `Bearer ${token}` },
    })
  )
  return { account, group }
}

/** The producer API's listings as one coordinator sees them, for checking what the studio did. */
export class StudioListingsApi {
  private token: Promise<string> | undefined

  constructor(
    private readonly request: APIRequestContext,
    private readonly account: AccountType
  ) {}

  async listingsTitled(title: string): Promise<StudioListingType[]> {
    const { products } = await answerOf<{ products: StudioListingType[] }>(
      await this.request.get(`${BACKEND_URL}/producer/products`, {
        params: { q: title, limit: 100 },
        headers: await this.headers(),
      })
    )
    return products.filter((product) => product.title === title)
  }

  async listing(id: string): Promise<StudioListingType> {
    const answer = await this.request.get(`${BACKEND_URL}/producer/products/${id}`, { headers: await this.headers() })
    return (await answerOf<{ product: StudioListingType }>(answer)).product
  }

  private async headers(): Promise<Record<string, string>> {
    this.token ??= bearerToken(this.request, "producer", this.account)
    return { authorization: `Bearer ${await this.token}` }
  }
}

/** The operator approves a listing in review (`POST /admin/product-reviews/:id/approve`). */
export async function approveListing(request: APIRequestContext, productId: string): Promise<void> {
  const token = await bearerToken(request, "user", OPERATOR)
  await answerOf(
    await request.post(`${BACKEND_URL}/admin/product-reviews/${productId}/approve`, {
      data: {},
      headers: { authorization: `Bearer ${token}` },
    })
  )
}
