import { PEOPLES } from "@sipakam/shared"

/**
 * Below this many artisans a share would point at individuals (one woman in a group of two),
 * so shares are published only for groups, and a platform, with at least this many artisans.
 */
export const MIN_ARTISANS_FOR_SHARES = 3

const INDIGENOUS_PEOPLES = new Set<string>(
  PEOPLES.filter((people) => people.indigenous).map((people) => people.code)
)

/** What an artisan's private record contributes to the totals: self-declared, both optional. */
export type ArtisanFactsType = { gender?: string | null; people?: string | null }

export type ArtisanSummaryType = {
  artisans: number
  /** Whole percent of all artisans who declared themselves women; null for small numbers. */
  women_percent: number | null
  /** Whole percent of all artisans who declared an indigenous people; null for small numbers. */
  indigenous_percent: number | null
}

/**
 * Totals over current artisans, the only form in which gender and people are ever published.
 * The denominator is every artisan, so undeclared answers count as "not", never as "yes".
 */
export function summarizeArtisans(artisans: ArtisanFactsType[]): ArtisanSummaryType {
  const total = artisans.length
  if (total < MIN_ARTISANS_FOR_SHARES) {
    return { artisans: total, women_percent: null, indigenous_percent: null }
  }
  const percent = (count: number) => Math.round((100 * count) / total)
  return {
    artisans: total,
    women_percent: percent(artisans.filter((artisan) => artisan.gender === "female").length),
    indigenous_percent: percent(
      artisans.filter((artisan) => artisan.people && INDIGENOUS_PEOPLES.has(artisan.people)).length
    ),
  }
}
