import {
  createLinksWorkflow,
  createLocationFulfillmentSetWorkflow,
  createServiceZonesWorkflow,
  createShippingOptionsWorkflow,
  createShippingOptionTypesWorkflow,
  createStockLocationsWorkflow,
  linkSalesChannelsToStockLocationWorkflow,
} from "@medusajs/medusa/core-flows"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { toMedusaAmount } from "@sipakam/shared"
import { REGIONS, SHIPPING, type BilingualText, type RegionKey } from "@sipakam/demo-data"
import {
  FULFILLMENT_SET_NAME,
  MANUAL_FULFILLMENT_PROVIDER_ID,
  STOCK_LOCATION_NAME,
} from "./constants"
import type { SeededRegions } from "./regions"

/** What the translations need: each seeded record with its bilingual texts. */
export type SeededShipping = {
  locationId: string
  options: { id: string; name: BilingualText }[]
  types: { id: string; label: BilingualText; description: BilingualText }[]
}

/** A related record as query.graph returns it (typed explicitly: generated types may be absent). */
type Linked = { id: string } | null

function zoneName(key: RegionKey): string {
  const spec = REGIONS.find((region) => region.key === key)
  return `Sipakam ${spec?.name.en ?? key}`
}

async function ensureStockLocation(
  container: MedusaContainer,
  salesChannelId: string
): Promise<string> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const find = async () => {
    const { data } = await query.graph({
      entity: "stock_location",
      fields: ["id", "sales_channels.id", "fulfillment_providers.id"],
      filters: { name: STOCK_LOCATION_NAME },
    })
    return data[0]
  }
  let location = await find()
  if (!location) {
    await createStockLocationsWorkflow(container).run({
      input: {
        locations: [
          {
            name: STOCK_LOCATION_NAME,
            address: {
              address_1: "Sivatha Boulevard",
              city: "Siem Reap",
              province: "Siem Reap",
              country_code: "kh",
            },
          },
        ],
      },
    })
    location = await find()
  }
  if (!location.sales_channels?.some((channel: Linked) => channel?.id === salesChannelId)) {
    await linkSalesChannelsToStockLocationWorkflow(container).run({
      input: { id: location.id, add: [salesChannelId] },
    })
  }
  if (
    !location.fulfillment_providers?.some(
      (provider: Linked) => provider?.id === MANUAL_FULFILLMENT_PROVIDER_ID
    )
  ) {
    await createLinksWorkflow(container).run({
      input: [
        {
          [Modules.STOCK_LOCATION]: { stock_location_id: location.id },
          [Modules.FULFILLMENT]: { fulfillment_provider_id: MANUAL_FULFILLMENT_PROVIDER_ID },
        },
      ],
    })
  }
  return location.id
}

async function ensureServiceZones(
  container: MedusaContainer,
  locationId: string
): Promise<Record<RegionKey, string>> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const find = async () => {
    const { data } = await query.graph({
      entity: "fulfillment_set",
      fields: ["id", "service_zones.id", "service_zones.name"],
      filters: { name: FULFILLMENT_SET_NAME },
    })
    return data[0]
  }
  let fulfillmentSet = await find()
  if (!fulfillmentSet) {
    await createLocationFulfillmentSetWorkflow(container).run({
      input: {
        location_id: locationId,
        fulfillment_set_data: { name: FULFILLMENT_SET_NAME, type: "shipping" },
      },
    })
    fulfillmentSet = await find()
  }
  const zoneId = (key: RegionKey): string | undefined =>
    fulfillmentSet.service_zones?.find(
      (zone: Linked & { name: string }) => zone?.name === zoneName(key)
    )?.id
  const missing = REGIONS.filter((region) => !zoneId(region.key))
  if (missing.length) {
    await createServiceZonesWorkflow(container).run({
      input: {
        data: missing.map((region) => ({
          fulfillment_set_id: fulfillmentSet.id,
          name: zoneName(region.key),
          geo_zones: region.countries.map((country_code) => ({
            type: "country" as const,
            country_code,
          })),
        })),
      },
    })
    fulfillmentSet = await find()
  }
  return Object.fromEntries(
    REGIONS.map((region) => {
      const id = zoneId(region.key)
      if (!id) {
        throw new Error(`Service zone ${zoneName(region.key)} was not created`)
      }
      return [region.key, id]
    })
  ) as Record<RegionKey, string>
}

async function ensureShippingOptionTypes(
  container: MedusaContainer
): Promise<Record<string, string>> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const codes = SHIPPING.map((spec) => spec.code)
  const find = async () => {
    const { data } = await query.graph({
      entity: "shipping_option_type",
      fields: ["id", "code"],
      filters: { code: codes },
    })
    return data
  }
  let types = await find()
  const missing = SHIPPING.filter((spec) => !types.some((type) => type.code === spec.code))
  if (missing.length) {
    await createShippingOptionTypesWorkflow(container).run({
      input: {
        shipping_option_types: missing.map((spec) => ({
          code: spec.code,
          label: spec.label.en,
          description: spec.description.en,
        })),
      },
    })
    types = await find()
  }
  return Object.fromEntries(types.map((type) => [type.code, type.id]))
}

/**
 * The hub in Siem Reap ships everything: a stock location in the default sales channel with
 * the manual provider, one service zone per region and a standard and an express option in each.
 */
export async function ensureFulfillment(
  container: MedusaContainer,
  regions: SeededRegions,
  salesChannelId: string,
  shippingProfileId: string
): Promise<SeededShipping> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const locationId = await ensureStockLocation(container, salesChannelId)
  const zones = await ensureServiceZones(container, locationId)
  const typeIds = await ensureShippingOptionTypes(container)

  const findOptions = async () => {
    const { data } = await query.graph({
      entity: "shipping_option",
      fields: ["id", "name", "service_zone_id"],
      filters: { service_zone_id: Object.values(zones) },
    })
    return data
  }
  let options = await findOptions()
  const wanted = REGIONS.flatMap((region) =>
    SHIPPING.map((spec) => ({ region, spec, zoneId: zones[region.key] }))
  )
  const missing = wanted.filter(
    ({ spec, zoneId }) =>
      !options.some((option) => option.service_zone_id === zoneId && option.name === spec.name.en)
  )
  if (missing.length) {
    await createShippingOptionsWorkflow(container).run({
      input: missing.map(({ region, spec, zoneId }) => {
        const prices = spec.prices[region.key]
        return {
          name: spec.name.en,
          price_type: "flat" as const,
          provider_id: MANUAL_FULFILLMENT_PROVIDER_ID,
          service_zone_id: zoneId,
          shipping_profile_id: shippingProfileId,
          type_id: typeIds[spec.code],
          prices: [
            { currency_code: "usd", amount: toMedusaAmount(prices.usd, "usd") },
            { currency_code: "eur", amount: toMedusaAmount(prices.eur, "eur") },
            {
              region_id: regions[region.key].id,
              amount: toMedusaAmount(prices[region.currency], region.currency),
            },
          ],
          rules: [
            { attribute: "enabled_in_store", value: "true", operator: "eq" as const },
            { attribute: "is_return", value: "false", operator: "eq" as const },
          ],
        }
      }),
    })
    options = await findOptions()
  }

  return {
    locationId,
    options: options.flatMap((option) => {
      const spec = SHIPPING.find((candidate) => candidate.name.en === option.name)
      return spec ? [{ id: option.id, name: spec.name }] : []
    }),
    types: SHIPPING.map((spec) => ({
      id: typeIds[spec.code],
      label: spec.label,
      description: spec.description,
    })),
  }
}
