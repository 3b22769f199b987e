import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { PRODUCER_MODULE } from "../../modules/producer"
import type ProducerModuleService from "../../modules/producer/service"
import { MAKERS, PRODUCER_GROUPS, type MakerSpec, type ProducerGroupSpec } from "@sipakam/demo-data"
import {
  attachProductProvenanceWorkflow,
  type ProductProvenanceInputType,
} from "../../workflows/seed/workflows/attach-product-provenance"
import { createMakerWorkflow } from "../../workflows/producer/workflows/create-maker"
import { createProducerGroupWorkflow } from "../../workflows/producer/workflows/create-producer-group"
import { ensureKhmerTranslations } from "./khmer-translations"
import type { SeededProduct } from "./products"
import { makerKey, type ProductProvenance } from "./provenance"

/** A seeded group by handle: its id and the stock location its products are kept at. */
export type SeededGroups = Map<string, { id: string; stockLocationId: string }>

type GroupRow = { id: string; handle: string; stock_location?: { id: string } | null }

async function findGroups(container: MedusaContainer, handles: string[]): Promise<GroupRow[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "producer_group",
    fields: ["id", "handle", "stock_location.id"],
    filters: { handle: handles },
  })
  return data as GroupRow[]
}

/**
 * Finds the groups by handle and creates the missing ones: active, each with its location.
 * The demo's groups by default; the bulk generator passes its synthetic ones.
 */
export async function ensureGroups(
  container: MedusaContainer,
  specs: ProducerGroupSpec[] = PRODUCER_GROUPS
): Promise<SeededGroups> {
  const handles = specs.map((group) => group.handle)
  const existing = new Set((await findGroups(container, handles)).map((group) => group.handle))
  for (const spec of specs.filter((group) => !existing.has(group.handle))) {
    await createProducerGroupWorkflow(container).run({
      input: {
        handle: spec.handle,
        name: spec.name.en,
        province: spec.province,
        village: spec.village,
        story: spec.story,
        status: "active",
        trusted: spec.trusted,
        commission_rate_bps: spec.commissionRateBps,
        contacts: spec.contacts,
      },
    })
  }

  const rows = await findGroups(container, handles)
  const groups = specs.map((spec) => {
    const row = rows.find((candidate) => candidate.handle === spec.handle)
    if (!row?.stock_location?.id) {
      throw new Error(`Producer group ${spec.handle} was not created with its stock location`)
    }
    return { spec, id: row.id, stockLocationId: row.stock_location.id }
  })
  await ensureKhmerTranslations(
    container,
    groups.map(({ spec, id }) => ({
      reference: "producer_group",
      reference_id: id,
      translations: { name: spec.name.km },
    }))
  )
  return new Map(
    groups.map(({ spec, id, stockLocationId }) => [spec.handle, { id, stockLocationId }])
  )
}

/**
 * Finds the makers (the demo's by default) by group and name and records the missing ones
 * through the maker workflow, which also publishes their store-facing projection. Returns the
 * public maker id of each maker key.
 */
export async function ensureMakers(
  container: MedusaContainer,
  groups: SeededGroups,
  specs: MakerSpec[] = MAKERS
): Promise<Map<string, string>> {
  const producers: ProducerModuleService = container.resolve(PRODUCER_MODULE)
  const groupIds = [...groups.values()].map((group) => group.id)
  const handleOf = new Map([...groups].map(([handle, group]) => [group.id, handle]))
  const keyOf = (maker: { group_id: string; first_name: string; last_name: string | null }) =>
    makerKey({
      group: handleOf.get(maker.group_id) ?? "",
      first_name: maker.first_name,
      last_name: maker.last_name ?? "",
    })

  const listMakers = () =>
    producers.listMakers(
      { group_id: groupIds },
      { select: ["id", "group_id", "first_name", "last_name"], take: null }
    )
  const existing = new Set((await listMakers()).map(keyOf))
  for (const spec of specs.filter((maker) => !existing.has(makerKey(maker)))) {
    const group = groups.get(spec.group)
    if (!group) {
      throw new Error(`Maker ${makerKey(spec)} names an unknown group`)
    }
    await createMakerWorkflow(container).run({
      input: {
        group_id: group.id,
        maker: {
          first_name: spec.first_name,
          last_name: spec.last_name,
          name_km: spec.name_km,
          crafts: spec.crafts,
          people: spec.people,
          gender: spec.gender,
          is_living_human_treasure: spec.lhtYear !== undefined,
          lht_year: spec.lhtYear ?? null,
          story: spec.story ?? null,
          public_profile_consent: spec.consent,
        },
      },
    })
  }

  const makers = await listMakers()
  const publicMakers = await producers.listPublicMakers(
    { maker_id: makers.map((maker) => maker.id) },
    { select: ["id", "maker_id"], take: null }
  )
  const publicIdOf = new Map(publicMakers.map((row) => [row.maker_id, row.id]))
  return new Map(
    makers.flatMap((maker) => {
      const publicId = publicIdOf.get(maker.id)
      return publicId ? [[keyOf(maker), publicId] as const] : []
    })
  )
}

type ProductLinksRow = {
  id: string
  producer_group?: { id: string } | null
  makers?: ({ id: string } | null)[] | null
  heritage_profile?: { id: string } | null
}

/** Links each product to its group and makers and gives it a heritage profile, if it lacks them. */
async function ensureProvenance(
  container: MedusaContainer,
  products: SeededProduct[],
  plan: ProductProvenance[],
  groups: SeededGroups,
  publicMakers: Map<string, string>
): Promise<void> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product",
    fields: ["id", "producer_group.id", "makers.id", "heritage_profile.id"],
    filters: { id: products.map((product) => product.id) },
  })
  const current = new Map((data as ProductLinksRow[]).map((row) => [row.id, row]))
  const planOf = new Map(plan.map((item) => [item.handle, item]))

  const missing = products.flatMap((product): ProductProvenanceInputType[] => {
    const item = planOf.get(product.spec.handle)
    if (!item) {
      throw new Error(`No provenance planned for ${product.spec.handle}`)
    }
    const row = current.get(product.id)
    const input: ProductProvenanceInputType = { product_id: product.id }
    if (!row?.producer_group?.id) {
      input.producer_group_id = groups.get(item.group)?.id
    }
    if (!row?.makers?.some((maker) => maker?.id)) {
      input.public_maker_ids = item.makers.map((key) => {
        const publicId = publicMakers.get(key)
        if (!publicId) {
          throw new Error(`Maker ${key} has no public record`)
        }
        return publicId
      })
    }
    if (!row?.heritage_profile?.id) {
      const { heritage } = item
      input.heritage = {
        craft: heritage.craft,
        technique: heritage.technique.en,
        technique_km: heritage.technique.km,
        materials: heritage.materials,
        natural_dyes: heritage.natural_dyes,
        province: heritage.province,
        people: heritage.people,
        cultural_significance: heritage.cultural_significance.en,
        cultural_significance_km: heritage.cultural_significance.km,
        hours_to_make: heritage.hours_to_make,
        care: heritage.care.en,
        care_km: heritage.care.km,
      }
    }
    return Object.keys(input).length > 1 ? [input] : []
  })
  if (missing.length) {
    await attachProductProvenanceWorkflow(container).run({ input: { products: missing } })
  }
}

/**
 * The producer side of the demo: the groups (active, with varied commission, a couple still
 * under review), their makers, and for every catalogue product its group, credited makers and
 * heritage profile.
 */
export async function ensureProducers(
  container: MedusaContainer,
  products: SeededProduct[],
  plan: ProductProvenance[]
): Promise<SeededGroups> {
  const groups = await ensureGroups(container)
  const publicMakers = await ensureMakers(container, groups)
  await ensureProvenance(container, products, plan, groups, publicMakers)
  return groups
}
