import type { APIRequestContext } from "@playwright/test"
import { BACKEND_URL, OPERATOR } from "../stack"
import { answerOf } from "./answer-of"
import { bearerToken } from "./bearer-token"

export type ProducerGroupStatusType = "pending" | "active" | "suspended"

/** A producer group as `GET /admin/producers` answers it. */
export type AdminProducerGroupType = {
  id: string
  handle: string
  name: string
  status: ProducerGroupStatusType
  trusted: boolean
  commission_rate_bps: number
}

export type BalanceType = { currency_code: string; balance: number }

type GroupChangesType = Partial<Pick<AdminProducerGroupType, "trusted" | "commission_rate_bps">>

/**
 * The operator's API (`/admin/producers`), for a test's setup, its cleanup and checks of what the
 * admin pages saved; what the operator does is done through the pages.
 */
export class AdminApi {
  private token: Promise<string> | undefined

  constructor(private readonly request: APIRequestContext) {}

  /** Every group, and how many there are. */
  async groups(): Promise<{ groups: AdminProducerGroupType[]; count: number }> {
    const answer = await this.get<{ producer_groups: AdminProducerGroupType[]; count: number }>(
      "/admin/producers?limit=100"
    )
    return { groups: answer.producer_groups, count: answer.count }
  }

  async groupByHandle(handle: string): Promise<AdminProducerGroupType> {
    const group = (await this.groups()).groups.find((candidate) => candidate.handle === handle)
    if (!group) {
      throw new Error(`No producer group ${handle}`)
    }
    return group
  }

  async group(id: string): Promise<AdminProducerGroupType> {
    const answer = await this.get<{ producer_group: AdminProducerGroupType }>(`/admin/producers/${id}`)
    return answer.producer_group
  }

  async updateGroup(id: string, changes: GroupChangesType): Promise<void> {
    await this.post(`/admin/producers/${id}`, changes)
  }

  async suspendGroup(id: string, reason: string): Promise<void> {
    await this.post(`/admin/producers/${id}/suspend`, { reason })
  }

  /** A new group, open at once (the operator has vetted it), untrusted unless said otherwise. */
  async createGroup(group: { handle: string; name: string; province: string; trusted?: boolean }): Promise<AdminProducerGroupType> {
    const answer = await this.request.post(`${BACKEND_URL}/admin/producers`, {
      data: { status: "active", ...group },
      headers: await this.headers(),
    })
    return (await answerOf<{ producer_group: AdminProducerGroupType }>(answer)).producer_group
  }

  /** Invites a coordinator to a group; the answer's code is what the operator sends them. */
  async inviteCoordinator(groupId: string, email: string): Promise<string> {
    const answer = await this.request.post(`${BACKEND_URL}/admin/producers/${groupId}/invites`, {
      data: { email },
      headers: await this.headers(),
    })
    return (await answerOf<{ invite: { token: string } }>(answer)).invite.token
  }

  async approveGroup(id: string): Promise<void> {
    await this.post(`/admin/producers/${id}/approve`, {})
  }

  /** What the platform owes the group, per currency, in integer minor units. */
  async balances(id: string): Promise<BalanceType[]> {
    return (await this.get<{ balances: BalanceType[] }>(`/admin/producers/${id}/ledger?limit=1`)).balances
  }

  private async get<T>(path: string): Promise<T> {
    return answerOf<T>(await this.request.get(`${BACKEND_URL}${path}`, { headers: await this.headers() }))
  }

  private async post(path: string, data: object): Promise<void> {
    await answerOf(await this.request.post(`${BACKEND_URL}${path}`, { data, headers: await this.headers() }))
  }

  private async headers(): Promise<Record<string, string>> {
    this.token ??= bearerToken(this.request, "user", OPERATOR)
    return { authorization: `Bearer ${await this.token}` }
  }
}
