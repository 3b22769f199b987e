/** The shapes the operator's producer API answers with (see backend/src/api/admin/producers). */

import type { ProducerGroupStatusType } from "../../modules/producer/producer-group-status"

export type { ProducerGroupStatusType }

export type ProducerGroupType = {
  id: string
  handle: string
  name: string
  province: string
  village: string | null
  story: string | null
  logo_url: string | null
  status: ProducerGroupStatusType
  trusted: boolean
  commission_rate_bps: number
  products_count: number
  makers_count: number
  created_at: string
}

export type ProducerMemberType = {
  id: string
  email: string
  first_name: string | null
  last_name: string | null
  phone: string | null
  created_at: string
}

export type ProducerInviteType = {
  id: string
  email: string
  expires_at: string
  accepted_at: string | null
  created_at: string
}

export type MakerType = {
  id: string
  first_name: string
  last_name: string | null
  name_km: string | null
  crafts: string[]
  people: string | null
  gender: "female" | "male" | "other" | null
  is_living_human_treasure: boolean
  public_profile_consent: boolean
  retired_at: string | null
}

export type ProducerGroupDetailType = ProducerGroupType & {
  account: { contact_email: string | null; contact_phone: string | null; payout_method: string } | null
  members: ProducerMemberType[]
  invites: ProducerInviteType[]
  makers: MakerType[]
}

export type CreatedInviteType = {
  id: string
  email: string
  token: string
  expires_at: string
}

export type PayoutType = {
  id: string
  amount: number
  currency_code: string
  method: string
  reference: string | null
  note: string | null
  paid_at: string
}

export type LedgerEntryType = {
  id: string
  type: string
  amount: number
  currency_code: string
  description: string | null
  created_at: string
}

export type BalanceType = { currency_code: string; balance: number }
