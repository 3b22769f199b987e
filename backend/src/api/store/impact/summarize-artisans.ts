import { PEOPLES } from "@sipakam/shared"

/**
 * Below this many artisans a share would point at individuals (one woman in a group of two),
 * so shares are published only for groups, and a platform, with at least this many artisans.
 */
export const MIN_ARTISANS_FOR_SHARES = 3

/** The codes of the indigenous peoples, as a maker's `people` holds them. */
export const INDIGENOUS_PEOPLE_CODES: readonly string[] = PEOPLES.filter((people) => people.indigenous).map(
  (people) => people.code
)
const INDIGENOUS_PEOPLES = new Set<string>(INDIGENOUS_PEOPLE_CODES)

/** What an artisan's private record contributes to the totals: self-declared, both optional. */
export type ArtisanFactsType = { gender?: string | null; people?: string | null }

export type ArtisanSummaryType = {
  artisans: number
  /** Whole percent of all artisans who declared themselves women; null for small numbers. */
  women_percent: number | null
  /** Whole percent of all artisans who declared an indigenous people; null for small numbers. */
  indigenous_percent: number | null
}

/** How many current artisans there are, and how many declared themselves women or indigenous. */
export type ArtisanCountsType = { artisans: number; women: number; indigenous: number }

/**
 * Totals over current artisans, the only form in which gender and people are ever published.
 * The denominator is every artisan, so undeclared answers count as "not", never as "yes".
 */
export function summarizeArtisanCounts({ artisans, women, indigenous }: ArtisanCountsType): ArtisanSummaryType {
  if (artisans < MIN_ARTISANS_FOR_SHARES) {
    return { artisans, women_percent: null, indigenous_percent: null }
  }
  const percent = (count: number) => Math.round((100 * count) / artisans)
  return { artisans, women_percent: percent(women), indigenous_percent: percent(indigenous) }
}

/** `summarizeArtisanCounts` over a list of artisans' records. */
export function summarizeArtisans(artisans: ArtisanFactsType[]): ArtisanSummaryType {
  return summarizeArtisanCounts({
    artisans: artisans.length,
    women: artisans.filter((artisan) => artisan.gender === "female").length,
    indigenous: artisans.filter((artisan) => artisan.people && INDIGENOUS_PEOPLES.has(artisan.people)).length,
  })
}
