import { createShippingProfilesWorkflow, updateStoresWorkflow } from "@medusajs/medusa/core-flows"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { KHMER_LOCALE } from "@sipakam/shared"
import {
  DEFAULT_SALES_CHANNEL_NAME,
  DEFAULT_SHIPPING_PROFILE_NAME,
  SEED_VERSION,
  SEED_VERSION_KEY,
  STORE_LOCALE_CODES,
} from "./constants"

export type SeededStore = {
  id: string
  metadata: Record<string, unknown> | null
  default_sales_channel_id: string | null
}

/** The store Medusa created at first start. */
export async function loadStore(container: MedusaContainer): Promise<SeededStore> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [store],
  } = await query.graph({
    entity: "store",
    fields: ["id", "metadata", "default_sales_channel_id"],
    pagination: { take: 1 },
  })
  if (!store) {
    throw new Error("No store found: start the app once (or run migrations) before seeding")
  }
  return store
}

/**
 * The Translation Module ships ~50 locales but not Khmer; the store can only list locales the
 * module knows. Core-flows have no workflow that creates a locale, so the module service does it.
 */
export async function ensureKhmerLocale(container: MedusaContainer): Promise<void> {
  const translation = container.resolve(Modules.TRANSLATION)
  const [existing] = await translation.listLocales({ code: KHMER_LOCALE.code })
  if (!existing) {
    await translation.createLocales([KHMER_LOCALE])
  }
}

/** Currencies (USD default, EUR, KHR for display), the storefront's locales and defaults. */
export async function updateStoreSettings(
  container: MedusaContainer,
  storeId: string,
  defaults: { regionId: string; locationId: string }
): Promise<void> {
  await updateStoresWorkflow(container).run({
    input: {
      selector: { id: storeId },
      update: {
        supported_currencies: [
          { currency_code: "usd", is_default: true },
          { currency_code: "eur" },
          { currency_code: "khr" },
        ],
        supported_locales: STORE_LOCALE_CODES.map((locale_code) => ({ locale_code })),
        default_region_id: defaults.regionId,
        default_location_id: defaults.locationId,
      },
    },
  })
}

export function isSeeded(store: SeededStore): boolean {
  return store.metadata?.[SEED_VERSION_KEY] === SEED_VERSION
}

/** The last write of the seed: its presence means everything before it is in place. */
export async function markSeeded(container: MedusaContainer, store: SeededStore): Promise<void> {
  await updateStoresWorkflow(container).run({
    input: {
      selector: { id: store.id },
      update: { metadata: { ...(store.metadata ?? {}), [SEED_VERSION_KEY]: SEED_VERSION } },
    },
  })
}

/** The default sales channel Medusa created, where the store sells. */
export async function defaultSalesChannelId(
  container: MedusaContainer,
  fallback: string | null
): Promise<string> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "sales_channel",
    fields: ["id"],
    filters: { name: DEFAULT_SALES_CHANNEL_NAME },
  })
  const id = data[0]?.id ?? fallback
  if (!id) {
    throw new Error(`No "${DEFAULT_SALES_CHANNEL_NAME}" found`)
  }
  return id
}

/** Medusa's migration scripts create the default profile; a bare test database may lack it. */
export async function defaultShippingProfileId(container: MedusaContainer): Promise<string> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "shipping_profile",
    fields: ["id"],
    filters: { type: "default" },
  })
  if (data[0]) {
    return data[0].id
  }
  const { result } = await createShippingProfilesWorkflow(container).run({
    input: { data: [{ name: DEFAULT_SHIPPING_PROFILE_NAME, type: "default" }] },
  })
  return result[0].id
}
