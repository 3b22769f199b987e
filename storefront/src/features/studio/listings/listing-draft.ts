import type { ListingStatusType, StudioProductType } from "@/features/studio/api/products"
import { newIdempotencyKey } from "@/features/studio/api/producer-client"
import { parseHours } from "@/features/studio/listings/costing"
import { parsePriceText, priceFieldText } from "@/features/studio/listings/price-text"
import type { NewOutboxEntryType, OutboxPhotoType } from "@/features/studio/offline/outbox-store"

/** A photo of a draft: the compressed file until it is uploaded, then also its URL. */
export type DraftPhotoType = OutboxPhotoType

export type DraftVariantType = {
  /** The variant's id for a listing already on the server. */
  id: string | null
  title: string
  /** The option value this variant is, when the listing has an option. */
  value: string | null
  usd: string
  eur: string
  stock: number
}

/** A listing as the editor keeps it: what was typed, as typed, until it is sent. */
export type ListingDraftType = {
  productId: string | null
  photos: DraftPhotoType[]
  title: string
  title_km: string
  description: string
  description_km: string
  craft: string
  technique: string
  technique_km: string
  materials: string[]
  natural_dyes: string[]
  province: string
  people: string
  hours: string
  maker_ids: string[]
  /** Sizes or colours; null for a listing of one kind. Buyers read the title and values. */
  option: { title: string; values: string[] } | null
  variants: DraftVariantType[]
  costing: { materials: string; hours: string; wage: string; margin: string }
  step: number
  updatedAt: number
}

/** The title buyers read for the variant of a listing of one kind. */
export const SINGLE_VARIANT_TITLE = "One size"

export function emptyDraft(province = ""): ListingDraftType {
  return {
    productId: null,
    photos: [],
    title: "",
    title_km: "",
    description: "",
    description_km: "",
    craft: "",
    technique: "",
    technique_km: "",
    materials: [],
    natural_dyes: [],
    province,
    people: "",
    hours: "",
    maker_ids: [],
    option: null,
    variants: [{ id: null, title: SINGLE_VARIANT_TITLE, value: null, usd: "", eur: "", stock: 1 }],
    costing: { materials: "", hours: "", wage: "", margin: "30" },
    step: 0,
    updatedAt: Date.now(),
  }
}

const priceOf = (product: StudioProductType["variants"][number], currency: string) =>
  product.prices.find((price) => price.currency_code === currency)

/** A listing on the server as a draft to edit. */
export function draftFromProduct(product: StudioProductType): ListingDraftType {
  const heritage = product.heritage_profile
  const option = product.options.find((candidate) => candidate.title !== "Default option") ?? null
  return {
    ...emptyDraft(),
    productId: product.id,
    photos: product.images.map((url, index) => ({
      id: `server-${index}`,
      uploadKey: newIdempotencyKey(),
      name: url.split("/").pop() ?? "photo.jpg",
      blob: null,
      url,
    })),
    title: product.title,
    title_km: product.title_km ?? "",
    description: product.description ?? "",
    description_km: product.description_km ?? "",
    craft: heritage?.craft ?? "",
    technique: heritage?.technique ?? "",
    technique_km: heritage?.technique_km ?? "",
    materials: heritage?.materials ?? [],
    natural_dyes: heritage?.natural_dyes ?? [],
    province: heritage?.province ?? "",
    people: heritage?.people ?? "",
    hours: heritage?.hours_to_make ? String(heritage.hours_to_make) : "",
    maker_ids: product.makers.map((maker) => maker.maker_id),
    option: option ? { title: option.title, values: option.values } : null,
    variants: product.variants.map((variant) => {
      const usd = priceOf(variant, "usd")
      const eur = priceOf(variant, "eur")
      return {
        id: variant.id,
        title: variant.title,
        value: option ? (variant.options[option.title] ?? null) : null,
        usd: usd ? priceFieldText(usd.amount, "usd") : "",
        eur: eur ? priceFieldText(eur.amount, "eur") : "",
        stock: variant.stock,
      }
    }),
  }
}

/** The variants for an option's values: one per value, keeping what was typed for values already there. */
export function variantsForOption(draft: ListingDraftType, option: ListingDraftType["option"]): DraftVariantType[] {
  const first = draft.variants[0]
  const template = { id: null, usd: first?.usd ?? "", eur: first?.eur ?? "", stock: first?.stock ?? 1 }
  if (!option || !option.values.length) {
    return [{ ...template, title: SINGLE_VARIANT_TITLE, value: null }]
  }
  return option.values.map(
    (value) => draft.variants.find((variant) => variant.value === value) ?? { ...template, title: value, value }
  )
}

/** What is missing before a listing can be sent, as message keys under `listings.missing`, with the step to fix it. */
export type MissingType = { key: string; step: number; values?: Record<string, string> }

export const STEP_COUNT = 6

export function missingFields(draft: ListingDraftType): MissingType[] {
  const missing: MissingType[] = []
  if (!draft.photos.length) missing.push({ key: "photo", step: 0 })
  if (!draft.title.trim()) missing.push({ key: "title", step: 1 })
  if (!draft.description.trim()) missing.push({ key: "description", step: 1 })
  if (!draft.craft) missing.push({ key: "craft", step: 2 })
  if (!draft.materials.length) missing.push({ key: "materials", step: 2 })
  if (!draft.province) missing.push({ key: "province", step: 2 })
  if (draft.hours.trim() && !parseHours(draft.hours)) missing.push({ key: "hours", step: 2 })
  draft.variants.forEach((variant) => {
    const name = variant.value ?? ""
    if (parsePriceText(variant.usd, "usd") === null || parsePriceText(variant.usd, "usd") === 0) {
      missing.push({ key: name ? "priceOf" : "price", step: 4, values: { name } })
    }
    if (variant.eur.trim() && !parsePriceText(variant.eur, "eur")) {
      missing.push({ key: name ? "eurOf" : "eur", step: 4, values: { name } })
    }
  })
  if (draft.option && !draft.option.values.length) missing.push({ key: "optionValues", step: 4 })
  return missing
}

const optionalText = (text: string) => (text.trim() ? text.trim() : undefined)

function pricesOf(variant: DraftVariantType) {
  const usd = parsePriceText(variant.usd, "usd") ?? 0
  const eur = variant.eur.trim() ? parsePriceText(variant.eur, "eur") : null
  return [{ currency_code: "usd", amount: usd }, ...(eur ? [{ currency_code: "eur", amount: eur }] : [])]
}

function heritageOf(draft: ListingDraftType) {
  const hours = parseHours(draft.hours)
  return {
    craft: draft.craft,
    technique: optionalText(draft.technique) ?? null,
    technique_km: optionalText(draft.technique_km) ?? null,
    materials: draft.materials,
    natural_dyes: draft.natural_dyes,
    province: draft.province,
    people: draft.people || null,
    hours_to_make: hours || null,
  }
}

/** `POST /producer/products` for a new listing, without its images (the outbox adds their URLs). */
export function createBody(draft: ListingDraftType): Record<string, unknown> {
  const option = draft.option?.values.length ? draft.option : null
  return {
    title: draft.title.trim(),
    title_km: optionalText(draft.title_km),
    description: draft.description.trim(),
    description_km: optionalText(draft.description_km),
    ...(option ? { options: [{ title: option.title, values: option.values }] } : {}),
    variants: draft.variants.map((variant) => ({
      title: variant.title.trim() || SINGLE_VARIANT_TITLE,
      ...(option && variant.value ? { options: { [option.title]: variant.value } } : {}),
      prices: pricesOf(variant),
      stock: variant.stock,
    })),
    heritage: heritageOf(draft),
    maker_ids: draft.maker_ids,
  }
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b)

/**
 * `POST /producer/products/:id` with only what changed from the listing on the server, and
 * whether its photos changed (then the outbox sends them as `images`). Null when nothing did.
 */
export function updateBody(draft: ListingDraftType, original: ListingDraftType): { body: Record<string, unknown>; photosChanged: boolean } | null {
  const body: Record<string, unknown> = {}
  for (const field of ["title", "description"] as const) {
    if (draft[field].trim() !== original[field].trim()) body[field] = draft[field].trim()
  }
  for (const field of ["title_km", "description_km"] as const) {
    if (draft[field].trim() !== original[field].trim()) body[field] = optionalText(draft[field]) ?? null
  }
  const heritage = heritageOf(draft)
  const before = heritageOf(original)
  const heritageChanges = Object.fromEntries(
    Object.entries(heritage).filter(([key, value]) => !same(value, before[key as keyof typeof before]))
  )
  if (Object.keys(heritageChanges).length) body.heritage = heritageChanges
  if (!same([...draft.maker_ids].sort(), [...original.maker_ids].sort())) body.maker_ids = draft.maker_ids
  const variants = draft.variants.flatMap((variant) => {
    const was = original.variants.find((candidate) => candidate.id === variant.id)
    if (!variant.id || !was) return []
    const change: Record<string, unknown> = { id: variant.id }
    if (variant.title.trim() !== was.title.trim()) change.title = variant.title.trim()
    if (!same(pricesOf(variant), pricesOf(was))) change.prices = pricesOf(variant)
    if (variant.stock !== was.stock) change.stock = variant.stock
    return Object.keys(change).length > 1 ? [change] : []
  })
  if (variants.length) body.variants = variants
  const photosChanged = !same(
    draft.photos.map((photo) => photo.url ?? photo.id),
    original.photos.map((photo) => photo.url)
  )
  if (!Object.keys(body).length && !photosChanged) return null
  return { body, photosChanged }
}

/**
 * What the coordinator asks of a listing as it is sent: to keep it as a draft on the server, off
 * sale (for a new listing or one that is a draft), or to send it (to review, or on sale).
 */
export type SendChoiceType = "keepDraft" | "send"

/** Whether sending a listing with this status asks the server to send it for review. */
const sendsForReview = (status: ListingStatusType | null, choice: SendChoiceType) =>
  choice === "send" && (status === "draft" || status === "rejected")

/**
 * The outbox entry that sends a draft: the keys are made here, once, when the coordinator sends
 * it. `status` is the listing's on the server (null for a new one). Null when nothing would change.
 */
export function outboxEntryOf(
  draft: ListingDraftType,
  original: ListingDraftType | null,
  draftKey: string,
  choice: SendChoiceType = "send",
  status: ListingStatusType | null = null
): NewOutboxEntryType | null {
  const id = `${Date.now()}-${newIdempotencyKey()}`
  const common = {
    id,
    title: draft.title_km.trim() || draft.title.trim(),
    requestKey: newIdempotencyKey(),
    createdAt: Date.now(),
    state: "waiting" as const,
    failure: null,
    attempts: 0,
    retryAt: 0,
    draftKey,
  }
  if (!draft.productId || !original) {
    const body = { ...createBody(draft), ...(choice === "keepDraft" ? { draft: true } : {}) }
    return { ...common, kind: "create", productId: null, body, photos: draft.photos.map((photo) => ({ ...photo })) }
  }
  const update = updateBody(draft, original)
  const sendForReview = sendsForReview(status, choice)
  if (!update && !sendForReview) return null
  return {
    ...common,
    kind: "update",
    productId: draft.productId,
    body: { ...update?.body, ...(sendForReview ? { send_for_review: true } : {}) },
    photos: update?.photosChanged ? draft.photos.map((photo) => ({ ...photo })) : null,
  }
}
