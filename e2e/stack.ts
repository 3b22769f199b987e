/** Where the stack under test listens, and the demo accounts its seed creates. */

// Ports apart from a developer's running stack (9000 and 5173), so both can run at once.
export const BACKEND_PORT = "9100"
export const STOREFRONT_PORT = "5273"

export const BACKEND_URL = `http://127.0.0.1:${BACKEND_PORT}`
export const STOREFRONT_URL = `http://127.0.0.1:${STOREFRONT_PORT}`
/** Medusa's admin dashboard, where the operator works. */
export const ADMIN_URL = `${BACKEND_URL}/app`

export type AccountType = { email: string; password: string }

/** The operator: an admin user of Medusa's dashboard (backend/src/scripts/seed/constants.ts). */
export const OPERATOR: AccountType = { email: "admin@sipakam.local", password: "sipakam-demo" }

/** A coordinator of Prey Kabbas Silk Weavers, a trusted group (demo-data/src/producer-groups.ts). */
export const PRODUCER: AccountType = { email: "producer@sipakam.local", password: "sipakam-demo" }
export const PRODUCER_GROUP_HANDLE = "prey-kabbas-silk-weavers"

/**
 * A product of Prey Kabbas Silk Weavers whose makers include a Living Human Treasure and an
 * artisan without a public profile (demo-data/src/crafts/textiles.ts, demo-data/src/makers.ts).
 */
export const SHOWCASE_PRODUCT = {
  handle: "naga-scale-hol-silk-scarf",
  groupName: "Prey Kabbas Silk Weavers",
  livingHumanTreasure: "Sreymom Chhum",
  anonymousMaker: "An artisan of Prey Kabbas Silk Weavers",
}

/** Two crafts of two producer groups that tourists buy in the purchase tests (demo-data/src/crafts). */
export const SILK_POUCH = {
  handle: "kbach-border-phamuong-pouch",
  title: "Kbach-border phamuong silk pouch",
  groupName: "Prey Kabbas Silk Weavers",
  groupHandle: PRODUCER_GROUP_HANDLE,
  maker: "Chanthou Mao",
}
export const RICE_BASKET = {
  handle: "coiled-rice-basket",
  title: "Coiled bamboo rice basket",
  groupName: "Pu Trom Bunong Weavers",
  groupHandle: "pu-trom-bunong-weavers",
  maker: "Tem Khlang",
}

/** A shipping address in the Europe region (EUR). */
export const PARIS_ADDRESS = {
  firstName: "Claire",
  lastName: "Martin",
  address: "12 rue des Tisserands",
  city: "Paris",
  postalCode: "75011",
  country: "France",
}

/** An address each test can use without meeting another test's customer. */
export function uniqueEmail(prefix: string): string {
  return `${prefix}-${Date.now()}-${Math.floor(Math.random() * 1e6)}@example.com`
}
