/**
 * The cart's id in its own metadata, which Medusa copies onto the order it places: an order a
 * crashed completion created, but never linked to its cart, can still be told by it.
 */
export const CART_REFERENCE_KEY = "sipakam_cart_id"
