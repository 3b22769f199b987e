/**
 * The Medusa customer group that holds every buyer of an approved company: trade prices reach
 * buyers through price lists of this group.
 */
export const TRADE_BUYERS_GROUP_NAME = "Trade buyers"
