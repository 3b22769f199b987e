import { type ProductSearchRowType, toProductSearchDocument } from "../product-document"

const noTranslations = { km: new Map(), fr: new Map() }

function row(overrides: Partial<ProductSearchRowType> = {}): ProductSearchRowType {
  return {
    id: "prod_1",
    handle: "naga-hol-silk-scarf",
    title: "Naga-scale hol silk scarf",
    description: "A long, light scarf woven from Cambodian silk.",
    thumbnail: "https://example.test/scarf.svg",
    status: "published",
    created_at: "2026-11-01T10:00:00.000Z",
    sales_channels: [{ id: "sc_1" }],
    variants: [
      {
        manage_inventory: true,
        prices: [
          { amount: 48, currency_code: "usd", rules_count: 0 },
          { amount: 44.5, currency_code: "eur", rules_count: 0 },
          { amount: 30, currency_code: "usd", rules_count: 1 },
        ],
        inventory_items: [{ inventory: { location_levels: [{ stocked_quantity: 2, reserved_quantity: 2 }] } }],
      },
      {
        manage_inventory: true,
        prices: [{ amount: 52.25, currency_code: "usd", rules_count: 0 }],
        inventory_items: [{ inventory: { location_levels: [{ stocked_quantity: 3, reserved_quantity: 1 }] } }],
      },
    ],
    producer_group: { id: "pgrp_1", handle: "prey-kabbas", name: "Prey Kabbas Silk Weavers", status: "active" },
    makers: [
      { display_name: "Sophea Chan", has_public_profile: true, is_living_human_treasure: true },
      { display_name: "An artisan of Prey Kabbas Silk Weavers", has_public_profile: false, is_living_human_treasure: false },
    ],
    heritage_profile: {
      id: "hrtg_1",
      craft: "hol-silk",
      technique: "Weft ikat",
      materials: ["silk"],
      natural_dyes: ["lac", "indigo"],
      province: "takeo",
      people: "khmer",
    },
    ...overrides,
  }
}

describe("toProductSearchDocument", () => {
  it("holds the facets, the lowest base price per currency in minor units and the stock", () => {
    const document = toProductSearchDocument(row(), noTranslations)

    expect(document).toMatchObject({
      id: "prod_1",
      craft: "hol-silk",
      province: "takeo",
      people: "khmer",
      materials: ["silk", "lac", "indigo"],
      producer_group: "prey-kabbas",
      producer_group_name: "Prey Kabbas Silk Weavers",
      price_usd: 4800,
      price_eur: 4450,
      in_stock: true,
      created_at: "2026-11-01T10:00:00.000Z",
    })
  })

  it("names only makers who consented, and flags a Living Human Treasure among them", () => {
    const document = toProductSearchDocument(row(), noTranslations)

    expect(document?.makers).toEqual(["Sophea Chan"])
    expect(document?.is_lht).toBe(true)
    expect(JSON.stringify(document)).not.toContain("An artisan of")
  })

  it("carries heritage terms in every language and Khmer split into words", () => {
    const translations = {
      km: new Map([["prod_1", { title: "កន្សែងសូត្រហូល" }]]),
      fr: new Map([["prod_1", { title: "Écharpe en soie hol" }]]),
    }
    const document = toProductSearchDocument(row(), translations)

    expect(document?.title_km).toEqual("កន្សែងសូត្រហូល")
    expect(document?.title_fr).toEqual("Écharpe en soie hol")
    expect(document?.heritage_terms).toEqual(expect.arrayContaining(["Takeo", "សូត្រ", "Soie", "Indigo"]))
    expect(document?.search_terms).toEqual(expect.arrayContaining(["កន្សែង", "សូត្រ", "ហូល", "krama", "ikat"]))
  })

  it("is out of stock when no variant has an available unit", () => {
    const soldOut = row({
      variants: [
        {
          manage_inventory: true,
          prices: [],
          inventory_items: [{ inventory: { location_levels: [{ stocked_quantity: 1, reserved_quantity: 1 }] } }],
        },
      ],
    })

    expect(toProductSearchDocument(soldOut, noTranslations)?.in_stock).toBe(false)
    expect(toProductSearchDocument(soldOut, noTranslations)?.price_usd).toBeNull()
  })

  it("leaves out what the store must not find: drafts, products in no sales channel, groups not active", () => {
    expect(toProductSearchDocument(row({ status: "draft" }), noTranslations)).toBeNull()
    expect(toProductSearchDocument(row({ sales_channels: [] }), noTranslations)).toBeNull()
    expect(toProductSearchDocument(row({ status: "proposed" }), noTranslations)).toBeNull()
    const suspended = { id: "pgrp_1", handle: "prey-kabbas", name: "Prey Kabbas", status: "suspended" }
    expect(toProductSearchDocument(row({ producer_group: suspended }), noTranslations)).toBeNull()
    expect(toProductSearchDocument(row({ producer_group: null }), noTranslations)).toBeNull()
  })
})
