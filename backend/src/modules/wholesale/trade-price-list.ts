/**
 * The Medusa price list that carries every trade price, for the trade buyers customer group.
 * "sale": Medusa's pricing then gives a trade buyer the lower of the trade and the retail price
 * (never more than retail, even after a producer lowers the retail price), and keeps the retail
 * price as the original price beside it.
 */
export const TRADE_PRICE_LIST = {
  title: "Trade prices",
  description: "Wholesale prices of the producer groups, for buyers of approved companies",
  type: "sale",
  /** The currency trade prices are set in. */
  currency_code: "usd",
  /** Serialises the writes of trade prices, so that the price list is created once. */
  lock: { key: "wholesale:trade-price-list", timeout: 30, ttl: 120 },
} as const

/** The largest minimum or case pack a group may set: anything above is a typo. */
export const MAX_TRADE_QUANTITY = 10_000
