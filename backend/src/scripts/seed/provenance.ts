import {
  hashString,
  MAKERS,
  PRODUCER_GROUPS,
  type MakerSpec,
  type ProducerGroupSpec,
} from "@sipakam/demo-data"
import type { CatalogueProduct } from "./catalogue"
import { buildHeritageProfiles, type HeritageSpec } from "./heritage"

/** The most makers credited on one product. */
const MAX_CREDITED_MAKERS = 3

/** Who made a catalogue product and what heritage it carries. */
export type ProductProvenance = {
  handle: string
  group: string
  /** Keys (see `makerKey`) of the group's makers credited on the product. */
  makers: string[]
  heritage: HeritageSpec
}

/** A maker's natural key: their group and name. */
export function makerKey(maker: Pick<MakerSpec, "group" | "first_name" | "last_name">): string {
  return `${maker.group}/${maker.first_name} ${maker.last_name}`
}

function groupOf(product: CatalogueProduct, groups: ProducerGroupSpec[]): ProducerGroupSpec {
  const { craft, province, people } = product.heritage
  const matches = groups.filter(
    (group) =>
      group.province === province &&
      group.crafts.some((tradition) => tradition.craft === craft && tradition.people === people)
  )
  if (matches.length !== 1) {
    throw new Error(
      `${product.handle} (${craft}, ${province}, ${people}) matches ${matches.length} groups`
    )
  }
  return matches[0]
}

function checkMakers(groups: ProducerGroupSpec[], makers: MakerSpec[]): void {
  const keys = new Set<string>()
  for (const maker of makers) {
    const group = groups.find((candidate) => candidate.handle === maker.group)
    const practised = (craft: string) =>
      group?.crafts.some((tradition) => tradition.craft === craft && tradition.people === maker.people)
    const outside = maker.crafts.filter((craft) => !practised(craft))
    if (!group || outside.length) {
      throw new Error(`${makerKey(maker)}: its group does not practise ${outside.join(", ")}`)
    }
    if (keys.has(makerKey(maker))) {
      throw new Error(`${makerKey(maker)} is listed twice`)
    }
    keys.add(makerKey(maker))
  }
}

/**
 * Assigns every catalogue product to the one group of its craft, province and people, credits
 * one to three of that group's makers of the same craft and people (the same ones on every
 * run), and builds its heritage profile. Throws when the data leave a product without a group
 * or without a maker, so a gap in the demo data fails the seed rather than the demo.
 */
export function planProvenance(
  catalogue: CatalogueProduct[],
  groups: ProducerGroupSpec[] = PRODUCER_GROUPS,
  makers: MakerSpec[] = MAKERS
): ProductProvenance[] {
  checkMakers(groups, makers)
  const heritage = buildHeritageProfiles(catalogue)
  return catalogue.map((product) => {
    const group = groupOf(product, groups)
    const candidates = makers.filter(
      (maker) =>
        maker.group === group.handle &&
        maker.people === product.heritage.people &&
        maker.crafts.includes(product.heritage.craft)
    )
    if (!candidates.length) {
      throw new Error(`${product.handle}: ${group.handle} has no maker of its craft and people`)
    }
    const profile = heritage.get(product.handle)
    if (!profile) {
      throw new Error(`${product.handle}: no heritage profile for ${product.heritage.craft}`)
    }
    const hash = hashString(product.handle)
    const count = 1 + (hash % Math.min(MAX_CREDITED_MAKERS, candidates.length))
    const credited = Array.from(
      { length: count },
      (_, index) => candidates[(hash + index) % candidates.length]
    )
    return {
      handle: product.handle,
      group: group.handle,
      makers: credited.map(makerKey),
      heritage: profile,
    }
  })
}
