/** A heritage profile as the demo seed gives it (the producer API's is its validator's type). */
export type HeritageProfileInputType = {
  craft: string
  technique?: string | null
  technique_km?: string | null
  materials: string[]
  natural_dyes?: string[]
  province: string
  people?: string | null
  cultural_significance?: string | null
  cultural_significance_km?: string | null
  hours_to_make?: number | null
  care?: string | null
  care_km?: string | null
}
