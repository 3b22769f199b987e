import { describe, expect, it } from "vitest"
import type { StudioProductType } from "@/features/studio/api/products"
import { createBody, draftFromProduct, emptyDraft, missingFields, outboxEntryOf, updateBody, variantsForOption } from "./listing-draft"

const product: StudioProductType = {
  id: "prod_1",
  title: "Hol silk scarf",
  title_km: "ក្រមាសូត្រហូល",
  description: "Woven in Takeo.",
  description_km: null,
  handle: "hol-silk-scarf",
  status: "rejected",
  review_rejection_reason: "The photo is blurred",
  thumbnail: "http://backend.test/static/a.jpg",
  images: ["http://backend.test/static/a.jpg"],
  options: [{ id: "opt_1", title: "Default option", values: ["Default option value"] }],
  variants: [
    {
      id: "var_1",
      title: "One size",
      sku: null,
      options: { "Default option": "Default option value" },
      prices: [{ currency_code: "usd", amount: 2500 }],
      stock: 3,
      reserved: 0,
    },
  ],
  heritage_profile: {
    id: "her_1",
    craft: "hol-silk",
    technique: null,
    technique_km: null,
    materials: ["silk"],
    natural_dyes: ["lac"],
    province: "takeo",
    people: null,
    cultural_significance: null,
    cultural_significance_km: null,
    hours_to_make: 40,
    care: null,
    care_km: null,
  },
  makers: [],
  created_at: "2026-01-01T00:00:00Z",
  updated_at: "2026-01-01T00:00:00Z",
}

describe("a listing draft", () => {
  it("becomes the create body the producer API validates, English required and Khmer optional", () => {
    const draft = {
      ...emptyDraft("takeo"),
      title: " Rattan basket ",
      description: "Round, with a lid.",
      craft: "basketry",
      materials: ["rattan"],
      hours: "6",
      variants: [{ id: null, title: "One size", value: null, usd: "18.5", eur: "", stock: 2 }],
    }
    expect(missingFields(draft).map((missing) => missing.key)).toEqual(["photo"])
    expect(createBody(draft)).toEqual({
      title: "Rattan basket",
      title_km: undefined,
      description: "Round, with a lid.",
      description_km: undefined,
      variants: [{ title: "One size", prices: [{ currency_code: "usd", amount: 1850 }], stock: 2 }],
      heritage: {
        craft: "basketry",
        technique: null,
        technique_km: null,
        materials: ["rattan"],
        natural_dyes: [],
        province: "takeo",
        people: null,
        hours_to_make: 6,
      },
      maker_ids: [],
    })
  })

  it("makes one variant per size, each with its option value", () => {
    const draft = { ...emptyDraft(), variants: [{ id: null, title: "One size", value: null, usd: "20", eur: "18", stock: 1 }] }
    const option = { title: "Size", values: ["Small", "Large"] }
    const body = createBody({ ...draft, option, variants: variantsForOption(draft, option) })
    expect(body.options).toEqual([option])
    expect(body.variants).toEqual([
      { title: "Small", options: { Size: "Small" }, prices: [{ currency_code: "usd", amount: 2000 }, { currency_code: "eur", amount: 1800 }], stock: 1 },
      { title: "Large", options: { Size: "Large" }, prices: [{ currency_code: "usd", amount: 2000 }, { currency_code: "eur", amount: 1800 }], stock: 1 },
    ])
  })

  it("sends only what changed when a listing is edited", () => {
    const original = draftFromProduct(product)
    expect(updateBody(original, original)).toBeNull()
    const edited = {
      ...original,
      description_km: "ត្បាញនៅតាកែវ។",
      natural_dyes: ["lac", "indigo"],
      variants: original.variants.map((variant) => ({ ...variant, usd: "27.50" })),
    }
    expect(updateBody(edited, original)).toEqual({
      body: {
        description_km: "ត្បាញនៅតាកែវ។",
        heritage: { natural_dyes: ["lac", "indigo"] },
        variants: [{ id: "var_1", prices: [{ currency_code: "usd", amount: 2750 }] }],
      },
      photosChanged: false,
    })
    const photo = { id: "new", uploadKey: "key", name: "b.jpg", blob: new Blob(["b"]), url: null }
    const entry = outboxEntryOf({ ...original, photos: [photo, ...original.photos] }, original, "prod_1")
    expect(entry).toMatchObject({ kind: "update", productId: "prod_1", body: {} })
    expect(entry?.photos?.map((one) => one.url)).toEqual([null, "http://backend.test/static/a.jpg"])
  })

  it("keeps a new listing as a draft on the server only when asked", () => {
    const draft = { ...draftFromProduct(product), productId: null }
    expect(outboxEntryOf(draft, null, "new", "keepDraft")?.body).toMatchObject({ draft: true })
    expect(outboxEntryOf(draft, null, "new", "send")?.body).not.toHaveProperty("draft")
  })

  it("sends a draft or a sent-back listing for review, even unchanged, but not one on sale", () => {
    const original = draftFromProduct(product)
    expect(outboxEntryOf(original, original, "prod_1", "send", "draft")?.body).toEqual({ send_for_review: true })
    expect(outboxEntryOf(original, original, "prod_1", "send", "rejected")?.body).toEqual({ send_for_review: true })
    expect(outboxEntryOf(original, original, "prod_1", "keepDraft", "draft")).toBeNull()
    expect(outboxEntryOf(original, original, "prod_1", "send", "published")).toBeNull()
    const edited = { ...original, title: "Hol scarf, finished" }
    expect(outboxEntryOf(edited, original, "prod_1", "keepDraft", "draft")?.body).toEqual({ title: "Hol scarf, finished" })
  })
})
