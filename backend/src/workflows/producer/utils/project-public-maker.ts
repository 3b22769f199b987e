/** The private maker fields the public projection is computed from. */
export type MakerSourceType = {
  id: string
  first_name: string
  last_name: string | null
  crafts: string[]
  is_living_human_treasure: boolean
  lht_year: number | null
  story: string | null
  portrait_url: string | null
  public_profile_consent: boolean
  retired_at: Date | null
}

/** A `public_maker` row's content, less its handle (kept stable by the sync step). */
export type PublicMakerProjectionType = {
  maker_id: string
  display_name: string
  story: string | null
  portrait_url: string | null
  crafts: string[]
  is_living_human_treasure: boolean
  lht_year: number | null
  has_public_profile: boolean
  is_retired: boolean
}

export function makerFullName(maker: Pick<MakerSourceType, "first_name" | "last_name">): string {
  return [maker.first_name, maker.last_name].filter(Boolean).join(" ")
}

/**
 * What the store may know about a maker. Without the maker's consent, nothing that identifies
 * them is published: they are "an artisan of <group>", credited only with their crafts. Their
 * people (like their gender) is never published for one person, only in group totals.
 */
export function projectPublicMaker(
  maker: MakerSourceType,
  groupName: string
): PublicMakerProjectionType {
  if (!maker.public_profile_consent) {
    return {
      maker_id: maker.id,
      display_name: `An artisan of ${groupName}`,
      story: null,
      portrait_url: null,
      crafts: [...maker.crafts],
      is_living_human_treasure: false,
      lht_year: null,
      has_public_profile: false,
      is_retired: Boolean(maker.retired_at),
    }
  }
  return {
    maker_id: maker.id,
    display_name: makerFullName(maker),
    story: maker.story,
    portrait_url: maker.portrait_url,
    crafts: [...maker.crafts],
    is_living_human_treasure: maker.is_living_human_treasure,
    lht_year: maker.is_living_human_treasure ? maker.lht_year : null,
    has_public_profile: true,
    is_retired: Boolean(maker.retired_at),
  }
}
