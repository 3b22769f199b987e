import { createRegionsWorkflow, createTaxRegionsWorkflow } from "@medusajs/medusa/core-flows"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { REGIONS, type RegionKey, type RegionSpec } from "@sipakam/demo-data"
import {
  STRIPE_PAYMENT_PROVIDER_ID,
  SYSTEM_PAYMENT_PROVIDER_ID,
  SYSTEM_TAX_PROVIDER_ID,
} from "./constants"

export type SeededRegions = Record<RegionKey, { id: string; spec: RegionSpec }>

/** Card payment by Stripe where it is configured; the test payment always (see the storefront). */
function regionPaymentProviders(): string[] {
  return process.env.STRIPE_API_KEY
    ? [STRIPE_PAYMENT_PROVIDER_ID, SYSTEM_PAYMENT_PROVIDER_ID]
    : [SYSTEM_PAYMENT_PROVIDER_ID]
}

/** Finds or creates the three regions (by name) and a tax region for each of their countries. */
export async function ensureRegions(container: MedusaContainer): Promise<SeededRegions> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const names = REGIONS.map((spec) => spec.name.en)
  const { data: existing } = await query.graph({
    entity: "region",
    fields: ["id", "name"],
    filters: { name: names },
  })
  const missing = REGIONS.filter((spec) => !existing.some((region) => region.name === spec.name.en))
  if (missing.length) {
    await createRegionsWorkflow(container).run({
      input: {
        regions: missing.map((spec) => ({
          name: spec.name.en,
          currency_code: spec.currency,
          countries: spec.countries,
          payment_providers: regionPaymentProviders(),
          metadata: spec.metadata,
        })),
      },
    })
  }
  const { data: regions } = await query.graph({
    entity: "region",
    fields: ["id", "name"],
    filters: { name: names },
  })

  const countries = REGIONS.flatMap((spec) => spec.countries)
  const { data: taxRegions } = await query.graph({
    entity: "tax_region",
    fields: ["id", "country_code", "parent_id"],
    filters: { country_code: countries },
  })
  const taxed = new Set(
    taxRegions
      .filter((taxRegion) => !taxRegion.parent_id)
      .map((taxRegion) => taxRegion.country_code)
  )
  const untaxed = countries.filter((country) => !taxed.has(country))
  if (untaxed.length) {
    await createTaxRegionsWorkflow(container).run({
      input: untaxed.map((country_code) => ({ country_code, provider_id: SYSTEM_TAX_PROVIDER_ID })),
    })
  }

  return Object.fromEntries(
    REGIONS.map((spec) => {
      const region = regions.find((candidate) => candidate.name === spec.name.en)
      if (!region) {
        throw new Error(`Region ${spec.name.en} was not created`)
      }
      return [spec.key, { id: region.id, spec }]
    })
  ) as SeededRegions
}
