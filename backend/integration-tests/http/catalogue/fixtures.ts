import { rmSync } from "fs"
import path from "path"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  createApiKeysWorkflow,
  createRegionsWorkflow,
  createShippingProfilesWorkflow,
  linkSalesChannelsToApiKeyWorkflow,
} from "@medusajs/medusa/core-flows"
import ProductProducerGroupLink from "../../../src/links/product-producer-group"
import ProductPublicMakerLink from "../../../src/links/product-public-maker"
import { HERITAGE_MODULE } from "../../../src/modules/heritage"
import type HeritageModuleService from "../../../src/modules/heritage/service"
import { PRODUCER_MODULE } from "../../../src/modules/producer"
import type ProducerModuleService from "../../../src/modules/producer/service"

export type HeadersType = { headers: Record<string, string> }

/** A 1×1 transparent PNG: the smallest real image an upload can carry. */
const PIXEL_PNG_BASE64 =
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=="

/** An image uploaded by a group's member through `POST /producer/uploads`, the way the studio does. */
export async function uploadImage(
  api: { post: (url: string, body: FormData, config: HeadersType) => Promise<{ data: any }> },
  headers: HeadersType,
  name: string
) {
  const form = new FormData()
  form.append("files", new Blob([Buffer.from(PIXEL_PNG_BASE64, "base64")], { type: "image/png" }), `${name}.png`)
  const response = await api.post("/producer/uploads", form, headers)
  const [file] = response.data.files as { id: string; url: string }[]
  return file
}

/**
 * Removes test uploads from the local provider's folder (`<cwd>/static` when FILE_UPLOAD_DIR is
 * unset); the app is already shut down when a suite's afterAll runs.
 */
export function deleteImages(keys: string[]) {
  const uploadDir = process.env.FILE_UPLOAD_DIR || path.join(process.cwd(), "static")
  for (const key of keys) {
    rmSync(path.join(uploadDir, key), { force: true })
  }
}

/** What a store needs to show prices: a USD region, a EUR region, a shipping profile and a key. */
export async function createStoreSetup(container: MedusaContainer) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { result: regions } = await createRegionsWorkflow(container).run({
    input: {
      regions: [
        { name: "Cambodia", currency_code: "usd", countries: ["kh"] },
        { name: "Europe", currency_code: "eur", countries: ["fr"] },
      ],
    },
  })
  const { data: profiles } = await query.graph({
    entity: "shipping_profile",
    fields: ["id"],
    filters: { type: "default" },
  })
  if (!profiles.length) {
    await createShippingProfilesWorkflow(container).run({
      input: { data: [{ name: "Default Shipping Profile", type: "default" }] },
    })
  }
  const {
    data: [store],
  } = await query.graph({ entity: "store", fields: ["id", "default_sales_channel_id"] })
  const {
    result: [key],
  } = await createApiKeysWorkflow(container).run({
    input: { api_keys: [{ title: "Catalogue suite", type: "publishable", created_by: "test" }] },
  })
  await linkSalesChannelsToApiKeyWorkflow(container).run({
    input: { id: key.id, add: [store.default_sales_channel_id as string] },
  })
  return {
    usdRegionId: regions[0].id,
    eurRegionId: regions[1].id,
    salesChannelId: store.default_sales_channel_id as string,
    storeHeaders: { headers: { "x-publishable-api-key": key.token } } as HeadersType,
  }
}

/**
 * A maker of a group with its public record, written directly as the maker workflows would: with
 * consent the record carries the name, without it only "an artisan of <group>".
 */
export async function createMaker(
  container: MedusaContainer,
  input: { groupId: string; firstName: string; consent: boolean; retired?: boolean }
) {
  const producers: ProducerModuleService = container.resolve(PRODUCER_MODULE)
  const [group] = await producers.listProducerGroups({ id: input.groupId }, { select: ["name"] })
  const maker = await producers.createMakers({
    group_id: input.groupId,
    first_name: input.firstName,
    crafts: ["hol-silk"],
    public_profile_consent: input.consent,
    consent_recorded_at: input.consent ? new Date() : null,
    retired_at: input.retired ? new Date() : null,
  })
  const publicMaker = await producers.createPublicMakers({
    group_id: input.groupId,
    maker_id: maker.id,
    has_public_profile: input.consent,
    display_name: input.consent ? input.firstName : `An artisan of ${group.name}`,
    handle: input.consent ? input.firstName.toLowerCase() : null,
    crafts: ["hol-silk"],
  })
  return { makerId: maker.id, publicMakerId: publicMaker.id }
}

/**
 * A valid create body; tests override what they exercise. Prices in integer minor units. SKUs are
 * unique store-wide, so each product of a test needs its own `sku` prefix.
 */
export function productBody(overrides: Record<string, unknown> = {}, sku = "HOL-SCARF") {
  return {
    title: "Naga scale hol silk scarf",
    title_km: "ក្រមាសូត្រហូល",
    description: "Weft-ikat silk dyed with lac and indigo.",
    description_km: "សូត្រហូល ជ្រលក់ពណ៌ធម្មជាតិ",
    options: [{ title: "Size", values: ["Small", "Large"] }],
    variants: [
      {
        title: "Small",
        sku: `${sku}-S`,
        options: { Size: "Small" },
        prices: [
          { currency_code: "usd", amount: 1999 },
          { currency_code: "eur", amount: 1850 },
        ],
        stock: 7,
      },
      {
        title: "Large",
        sku: `${sku}-L`,
        options: { Size: "Large" },
        prices: [{ currency_code: "usd", amount: 4550 }],
        stock: 0,
      },
    ],
    heritage: {
      craft: "hol-silk",
      technique: "Weft ikat tied by hand",
      technique_km: "ចងហូល",
      materials: ["silk", "lac", "indigo"],
      natural_dyes: ["lac", "indigo"],
      province: "takeo",
      people: "khmer",
      cultural_significance: "Hol patterns are worn at weddings.",
      hours_to_make: 40,
      care: "Hand wash cold.",
    },
    ...overrides,
  }
}

/** Counts of every record a product creation writes, to show a failed one leaves nothing. */
export async function countCatalogueRecords(container: MedusaContainer) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const count = async (entity: string) => {
    const { metadata } = await query.graph({
      entity,
      fields: ["id"],
      pagination: { take: 1, skip: 0 },
    })
    return metadata?.count ?? -1
  }
  const links = async (entity: string) => {
    const { data } = await query.graph({ entity, fields: ["product_id"] })
    return data.length
  }
  const heritage: HeritageModuleService = container.resolve(HERITAGE_MODULE)
  const [, heritageProfiles] = await heritage.listAndCountHeritageProfiles({}, { take: 1 })
  const [, translations] = await container
    .resolve(Modules.TRANSLATION)
    .listAndCountTranslations({}, { take: 1 })
  return {
    products: await count("product"),
    variants: await count("product_variant"),
    inventory_items: await count("inventory_item"),
    inventory_levels: await count("inventory_level"),
    heritage_profiles: heritageProfiles,
    translations,
    group_links: await links(ProductProducerGroupLink.entryPoint),
    maker_links: await links(ProductPublicMakerLink.entryPoint),
  }
}
