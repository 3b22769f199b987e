import { z } from "@medusajs/framework/zod"
import { PAYOUT_METHODS } from "../../../../../modules/settlement/payout-method"

/** Ledger amounts are PostgreSQL integers: minor units up to 2^31 − 1. */
const MAX_AMOUNT = 2_147_483_647
/** Clocks differ a little; a payout dated further ahead than this is a typo. */
const PAID_AT_TOLERANCE_MS = 5 * 60 * 1000

export const AdminCreatePayout = z
  .object({
    amount: z.number().int().positive().max(MAX_AMOUNT),
    currency_code: z
      .string()
      .regex(/^[a-zA-Z]{3}$/, "Expected a three-letter currency code")
      .transform((code) => code.toLowerCase()),
    method: z.enum(PAYOUT_METHODS),
    reference: z.string().trim().min(1).max(200).optional(),
    note: z.string().trim().min(1).max(2000).optional(),
    paid_at: z.iso
      .datetime({ offset: true })
      .refine((value) => new Date(value).getTime() <= Date.now() + PAID_AT_TOLERANCE_MS, {
        message: "paid_at cannot be in the future",
      })
      .optional(),
  })
  .strict()
export type AdminCreatePayoutType = z.infer<typeof AdminCreatePayout>

export const AdminListPayouts = z
  .object({
    limit: z.coerce.number().int().min(1).max(100).default(50),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict()
