/** What a buyer may do for their company: an admin also invites buyers and keeps the outlets. */
export const CompanyBuyerRole = {
  ADMIN: "admin",
  BUYER: "buyer",
} as const

export type CompanyBuyerRoleType = (typeof CompanyBuyerRole)[keyof typeof CompanyBuyerRole]
