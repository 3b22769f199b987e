import { MEDUSA_LOCALES, UI_LANGUAGES } from "@sipakam/shared"

/** Natural keys and fixed values of the demo data; tests and the local launcher rely on them. */

/**
 * Written to `store.metadata.sipakam_seed_version` when the seed has completed. Version 2 adds
 * producer groups, makers, heritage profiles, producer logins and demo orders; running the seed
 * on a version-1 database adds them.
 */
export const SEED_VERSION = 2
export const SEED_VERSION_KEY = "sipakam_seed_version"

/**
 * Written to `store.metadata` by the bulk generator (benchmarks) when the store holds that many
 * complete bulk products; the local stack reads it to skip a generator run with nothing to do.
 */
export const BULK_PRODUCTS_KEY = "sipakam_bulk_products"

/** The store's locales, one per storefront language (en, km, fr, zh, ko, ja). */
export const STORE_LOCALE_CODES = UI_LANGUAGES.map((language) => MEDUSA_LOCALES[language])

export const DEMO_PASSWORD = "sipakam-demo"

export const DEMO_EMAILS = {
  operator: "admin@sipakam.local",
  tourist: "tourist@sipakam.local",
  hotel: "hotel@sipakam.local",
} as const

/** Producer coordinators' logins, in two different groups (see producer-groups.ts). */
export const DEMO_PRODUCER_EMAILS = {
  producer: "producer@sipakam.local",
  producer2: "producer2@sipakam.local",
} as const

/** Marks the demo orders (in `order.metadata`), so a second run finds them. */
export const DEMO_ORDER_KEY = "sipakam_seed_order"

export const DEFAULT_SALES_CHANNEL_NAME = "Default Sales Channel"
export const DEFAULT_PUBLISHABLE_KEY_TITLE = "Default Publishable API Key"
export const DEFAULT_SHIPPING_PROFILE_NAME = "Default Shipping Profile"

export const STOCK_LOCATION_NAME = "Sipakam hub, Siem Reap"
export const FULFILLMENT_SET_NAME = "Sipakam hub shipping"
export const MANUAL_FULFILLMENT_PROVIDER_ID = "manual_manual"
export const SYSTEM_PAYMENT_PROVIDER_ID = "pp_system_default"
/** Stripe's provider as medusa-config.ts registers it (id "stripe"), present when STRIPE_API_KEY is set. */
export const STRIPE_PAYMENT_PROVIDER_ID = "pp_stripe_stripe"
export const SYSTEM_TAX_PROVIDER_ID = "tp_system"
