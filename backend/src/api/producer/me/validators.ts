import { z } from "zod"

/** Long enough for a few paragraphs in Khmer or English, short enough to read on a phone. */
const PROFILE_STORY_MAX_LENGTH = 5000
const SHORT_TEXT_MAX_LENGTH = 120
const URL_MAX_LENGTH = 2048
const PROFILE_PHOTOS_MAX = 12

const HttpUrl = z.url({ protocol: /^https?$/ }).max(URL_MAX_LENGTH)
const Name = z.string().trim().min(1).max(SHORT_TEXT_MAX_LENGTH)
const Phone = z
  .string()
  .trim()
  .max(32)
  .regex(/^\+?[0-9 ()-]{6,}$/, "A phone number has digits, spaces, dashes and an optional leading +")

/** Where a group's payouts go, one shape per method. */
const ProducerPayout = z.discriminatedUnion("method", [
  z
    .object({
      method: z.literal("bank_transfer"),
      details: z
        .object({
          bank_name: Name,
          account_name: Name,
          account_number: z.string().trim().regex(/^[0-9A-Za-z -]{4,34}$/, "Not a bank account number"),
          swift_code: z
            .string()
            .trim()
            .regex(/^[A-Za-z]{6}[A-Za-z0-9]{2}([A-Za-z0-9]{3})?$/, "Not a SWIFT/BIC code")
            .optional(),
        })
        .strict(),
    })
    .strict(),
  z
    .object({
      method: z.literal("aba"),
      details: z
        .object({
          account_name: Name,
          // ABA Bank account numbers are nine digits, often written in groups of three.
          account_number: z.string().trim().regex(/^\d{3} ?\d{3} ?\d{3}$/, "Not an ABA account number"),
        })
        .strict(),
    })
    .strict(),
  z
    .object({
      method: z.literal("wing"),
      details: z.object({ account_name: Name, phone: Phone }).strict(),
    })
    .strict(),
  z
    .object({
      method: z.literal("khqr"),
      details: z
        .object({
          account_name: Name,
          // A Bakong account id, e.g. "sokha_chan@aclb".
          bakong_account_id: z
            .string()
            .trim()
            .max(64)
            .regex(/^[A-Za-z0-9_.]+@[A-Za-z0-9]+$/, "Not a Bakong account id"),
        })
        .strict(),
    })
    .strict(),
  z
    .object({
      method: z.literal("cash"),
      details: z
        .object({ recipient_name: Name, pickup_note: z.string().trim().max(500).optional() })
        .strict(),
    })
    .strict(),
])

export const ProducerUpdateMe = z
  .object({
    story: z.string().trim().max(PROFILE_STORY_MAX_LENGTH).nullable().optional(),
    /** The story in Khmer, kept as the group's Khmer translation; empty or null removes it. */
    story_km: z
      .string()
      .trim()
      .max(PROFILE_STORY_MAX_LENGTH)
      .transform((story) => story || null)
      .nullable()
      .optional(),
    village: z.string().trim().min(1).max(SHORT_TEXT_MAX_LENGTH).nullable().optional(),
    photos: z.array(HttpUrl).max(PROFILE_PHOTOS_MAX).optional(),
    logo_url: HttpUrl.nullable().optional(),
    contact_email: z.email().max(254).nullable().optional(),
    contact_phone: Phone.nullable().optional(),
    payout: ProducerPayout.optional(),
  })
  .strict()

export type ProducerUpdateMeType = z.infer<typeof ProducerUpdateMe>

export const ProducerGetMe = z.object({}).strict()
