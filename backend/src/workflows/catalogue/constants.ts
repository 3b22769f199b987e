/** Currencies a producer prices a variant in; every variant needs a USD price. */
export const PRODUCT_PRICE_CURRENCIES = ["usd", "eur"] as const

/** The currency every variant must be priced in (the store's default). */
export const REQUIRED_PRICE_CURRENCY = "usd"

/** The highest price a producer may set, in minor units (USD 100,000.00): anything above is a typo. */
export const MAX_PRICE_MINOR = 10_000_000

/** The most units a group may declare in stock for one variant. */
export const MAX_STOCK_QUANTITY = 100_000

/** Where the operator's reason for rejecting a listing is kept on the product. */
export const REVIEW_REJECTION_REASON_KEY = "review_rejection_reason"

/** Medusa needs an option on every product; a product without variants of its own gets this one. */
export const DEFAULT_PRODUCT_OPTION = { title: "Default option", value: "Default option value" }
