/**
 * The lifecycle of a trade account: a company applies, the operator approves or rejects it, and
 * may suspend an approved one (and approve it again). Only buyers of an approved company are
 * trade buyers.
 */
export const CompanyStatus = {
  APPLIED: "applied",
  APPROVED: "approved",
  REJECTED: "rejected",
  SUSPENDED: "suspended",
} as const

export type CompanyStatusType = (typeof CompanyStatus)[keyof typeof CompanyStatus]
