import type { HttpTypes } from "@medusajs/types"
import { queryOptions, useQuery } from "@tanstack/react-query"
import { getSdk } from "@/lib/sdk"

export type RegionCountryType = { iso2: string; name: string }

export type RegionType = Pick<HttpTypes.StoreRegion, "id" | "name" | "currency_code"> & {
  /** The countries the region ships to (its shoppers' addresses). */
  countries?: RegionCountryType[]
  /** Riels per US dollar (the Cambodia region's metadata), for indicative KHR prices; else null. */
  khrPerUsd?: number | null
}

/** The shopper's region, chosen by the shipping country at checkout and remembered. */
export const REGION_STORAGE_KEY = "sipakam.region"

/** Until shoppers choose: "Rest of world" in USD when the shop has it, else the first region. */
export function pickDefaultRegion<T extends Pick<RegionType, "name" | "currency_code">>(regions: readonly T[]): T | null {
  const restOfWorld = regions.find(
    (region) =>
      region.currency_code.toLowerCase() === "usd" &&
      region.name.trim().toLowerCase() === "rest of world"
  )
  return restOfWorld ?? regions[0] ?? null
}

/** The region whose countries include `iso2` ("kh", "FR"), or null when no region ships there. */
export function regionOfCountry(regions: readonly RegionType[], iso2: string): RegionType | null {
  const code = iso2.toLowerCase()
  return regions.find((region) => region.countries?.some((country) => country.iso2 === code)) ?? null
}

function positiveNumber(value: unknown): number | null {
  const number = typeof value === "string" ? Number(value) : value
  return typeof number === "number" && Number.isFinite(number) && number > 0 ? number : null
}

function toRegion(region: HttpTypes.StoreRegion): RegionType {
  return {
    id: region.id,
    name: region.name,
    currency_code: region.currency_code,
    countries: (region.countries ?? []).flatMap((country) =>
      country.iso_2 ? [{ iso2: country.iso_2.toLowerCase(), name: country.display_name ?? country.iso_2 }] : []
    ),
    khrPerUsd: positiveNumber(region.metadata?.khr_per_usd),
  }
}

export async function fetchRegions(): Promise<RegionType[]> {
  const { regions } = await getSdk().store.region.list({
    fields: "id,name,currency_code,metadata,countries.iso_2,countries.display_name",
    limit: 100,
  })
  return regions.map(toRegion)
}

export const regionsQueryOptions = () =>
  queryOptions({
    queryKey: ["regions"],
    queryFn: fetchRegions,
    staleTime: 10 * 60_000,
  })

function savedRegionId(): string | null {
  try {
    return window.localStorage.getItem(REGION_STORAGE_KEY)
  } catch {
    // Storage can be blocked: the default region then.
    return null
  }
}

/** Remembers the region the shopper's address chose, so prices everywhere follow it. */
export function saveRegionId(regionId: string): void {
  try {
    window.localStorage.setItem(REGION_STORAGE_KEY, regionId)
  } catch {
    // Prices follow the region for this visit through the cart only.
  }
}

/** The saved region when the shop still has it, else the default one. */
export function pickShopRegion(regions: readonly RegionType[], savedId: string | null): RegionType | null {
  return regions.find((region) => region.id === savedId) ?? pickDefaultRegion(regions)
}

/** Every region of the shop (checkout's country list). */
export function useRegions() {
  return useQuery(regionsQueryOptions())
}

/** The region prices are shown in; `data` is null when the shop has no region at all. */
export function useShopRegion() {
  return useQuery({
    ...regionsQueryOptions(),
    select: (regions) => pickShopRegion(regions, savedRegionId()),
  })
}

/** Every country a region ships to, named in the shopper's language, alphabetically. */
export function countryOptions(regions: readonly RegionType[], language: string): RegionCountryType[] {
  const names = new Intl.DisplayNames([language], { type: "region" })
  const collator = new Intl.Collator(language)
  return regions
    .flatMap((region) => region.countries ?? [])
    .map((country) => ({ iso2: country.iso2, name: names.of(country.iso2.toUpperCase()) ?? country.name }))
    .sort((a, b) => collator.compare(a.name, b.name))
}
