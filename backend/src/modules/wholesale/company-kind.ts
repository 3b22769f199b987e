/** What kind of business buys wholesale: a hotel (its gift shop) or a shop. */
export const CompanyKind = {
  HOTEL: "hotel",
  SHOP: "shop",
} as const

export type CompanyKindType = (typeof CompanyKind)[keyof typeof CompanyKind]
