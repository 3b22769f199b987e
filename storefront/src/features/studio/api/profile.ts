import { useMutation, useQueryClient } from "@tanstack/react-query"
import * as z from "zod"
import { producerSend } from "@/features/studio/api/producer-client"
import { STUDIO_ME_QUERY_KEY, type ProducerGroupType, type ProducerMeType } from "@/features/studio/api/session"

/**
 * The payout destinations `POST /producer/me` accepts (backend/src/api/producer/me/validators.ts),
 * in the order the studio offers them; cash is the backend's fifth, for groups paid in person.
 */
export const PAYOUT_METHODS = ["bank_transfer", "aba", "wing", "khqr", "cash"] as const
export type StudioPayoutMethodType = (typeof PAYOUT_METHODS)[number]

/** The group as `GET /producer/me` answers it, with the story's Khmer translation. */
export type StudioGroupProfileType = Omit<ProducerGroupType, "account"> & {
  story_km?: string | null
  account:
    | (Omit<NonNullable<ProducerGroupType["account"]>, "payout_method"> & { payout_method: StudioPayoutMethodType | null })
    | null
}

/** Messages are keys under `profile.errors`. */
const name = z.string().trim().min(1, { error: "required" }).max(120, { error: "tooLong" })
const optional = <T extends z.ZodType<string>>(schema: T) => z.union([z.literal(""), schema])

/** Each method's fields, with the backend's own rules, read forgivingly (spaces trimmed). */
export const PAYOUT_FIELD_SCHEMAS = {
  bank_transfer: z
    .object({
      bank_name: name,
      account_name: name,
      account_number: z
        .string()
        .trim()
        .regex(/^[0-9A-Za-z -]{4,34}$/, { error: "bankAccountNumber" }),
      swift_code: optional(
        z
          .string()
          .trim()
          .regex(/^[A-Za-z]{6}[A-Za-z0-9]{2}([A-Za-z0-9]{3})?$/, { error: "swift" })
      ),
    })
    .strict(),
  aba: z
    .object({
      account_name: name,
      account_number: z
        .string()
        .trim()
        .regex(/^\d{3} ?\d{3} ?\d{3}$/, { error: "abaAccountNumber" }),
    })
    .strict(),
  wing: z
    .object({
      account_name: name,
      phone: z
        .string()
        .trim()
        .max(32, { error: "tooLong" })
        .regex(/^\+?[0-9 ()-]{6,}$/, { error: "phone" }),
    })
    .strict(),
  khqr: z
    .object({
      account_name: name,
      bakong_account_id: z
        .string()
        .trim()
        .max(64, { error: "tooLong" })
        .regex(/^[A-Za-z0-9_.]+@[A-Za-z0-9]+$/, { error: "bakongId" }),
    })
    .strict(),
  cash: z
    .object({
      recipient_name: name,
      pickup_note: z.string().trim().max(500, { error: "tooLong" }),
    })
    .strict(),
} as const

/** The fields of each method, in the order the form shows them. */
export const PAYOUT_FIELDS: { [M in StudioPayoutMethodType]: (keyof z.input<(typeof PAYOUT_FIELD_SCHEMAS)[M]>)[] } = {
  bank_transfer: ["bank_name", "account_name", "account_number", "swift_code"],
  aba: ["account_name", "account_number"],
  wing: ["account_name", "phone"],
  khqr: ["account_name", "bakong_account_id"],
  cash: ["recipient_name", "pickup_note"],
}

/** Fields a method may leave empty. */
export const OPTIONAL_PAYOUT_FIELDS = new Set(["swift_code", "pickup_note"])

export type PayoutFormType = { method: StudioPayoutMethodType | ""; details: Record<string, string> }

export type PayoutCheckType =
  | { ok: true; payout: { method: StudioPayoutMethodType; details: Record<string, string> } }
  | { ok: false; errors: Record<string, string> }

/** Checks the payout form; the details sent are the method's own, with empty optional fields left out. */
export function checkPayout(form: PayoutFormType): PayoutCheckType {
  if (!form.method) return { ok: false, errors: { method: "chooseMethod" } }
  const fields = PAYOUT_FIELDS[form.method] as string[]
  const values = Object.fromEntries(fields.map((field) => [field, form.details[field] ?? ""]))
  const parsed = PAYOUT_FIELD_SCHEMAS[form.method].safeParse(values)
  if (!parsed.success) {
    const errors: Record<string, string> = {}
    for (const issue of parsed.error.issues) errors[String(issue.path[0])] ??= issue.message
    return { ok: false, errors }
  }
  const details = Object.fromEntries(
    Object.entries(parsed.data as Record<string, string>).filter(([, value]) => value !== "")
  )
  return { ok: true, payout: { method: form.method, details } }
}

/** The contacts as typed; messages are keys under `profile.errors`. */
export const StudioContactsSchema = z
  .object({
    village: z.string().trim().max(120, { error: "tooLong" }),
    contactEmail: z
      .string()
      .trim()
      .pipe(z.union([z.literal(""), z.email({ error: "email" }).max(254, { error: "tooLong" })])),
    contactPhone: optional(
      z
        .string()
        .trim()
        .max(32, { error: "tooLong" })
        .regex(/^\+?[0-9 ()-]{6,}$/, { error: "phone" })
    ),
  })
  .strict()
export type StudioContactsType = z.input<typeof StudioContactsSchema>

export const StudioStorySchema = z
  .object({
    story: z.string().trim().max(5000, { error: "tooLong" }),
    storyKm: z.string().trim().max(5000, { error: "tooLong" }),
  })
  .strict()
export type StudioStoryType = z.input<typeof StudioStorySchema>

/** A group may show at most this many photos (the backend's limit). */
export const PROFILE_PHOTOS_MAX = 12

/** What `POST /producer/me` takes; every field optional, an empty text clears it. */
export type ProducerUpdateMeBodyType = {
  story?: string | null
  story_km?: string | null
  village?: string | null
  photos?: string[]
  logo_url?: string | null
  contact_email?: string | null
  contact_phone?: string | null
  payout?: { method: StudioPayoutMethodType; details: Record<string, string> }
}

/** A text as the backend stores it: trimmed, and empty as "none". */
export const textOrNull = (value: string) => value.trim() || null

/** Saves part of the group's profile; the answer is the member and group as they now are. */
export function useUpdateProfile() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (body: ProducerUpdateMeBodyType) => producerSend<ProducerMeType>("/producer/me", { body }),
    onSuccess: (me) => client.setQueryData(STUDIO_ME_QUERY_KEY, me),
  })
}

/** Moves one item of a list one place earlier (-1) or later (+1). */
export function moveItem<T>(items: readonly T[], index: number, by: -1 | 1): T[] {
  const target = index + by
  if (index < 0 || index >= items.length || target < 0 || target >= items.length) return [...items]
  const next = [...items]
  const [item] = next.splice(index, 1) as [T]
  next.splice(target, 0, item)
  return next
}
