import { ProvinceCodeSchema } from "@sipakam/shared"
import { z } from "zod"

const TEXT_MAX_LENGTH = 200

const Text = z.string().trim().min(1).max(TEXT_MAX_LENGTH)

/** A phone number as written in Cambodia or abroad: digits, spaces, dashes, brackets, a leading +. */
export const WholesalePhoneSchema = z
  .string()
  .trim()
  .max(32)
  .regex(/^\+?[0-9 ()-]{6,}$/, "A phone number has digits, spaces, dashes and an optional leading +")

/** The fields of an outlet, also given with an application (its first outlet). */
export const outletFields = {
  name: Text,
  address_1: Text,
  address_2: Text.nullable().optional(),
  city: Text,
  province: ProvinceCodeSchema,
  postal_code: z
    .string()
    .trim()
    .regex(/^[0-9A-Za-z -]{3,12}$/, "A postal code has 3 to 12 letters, digits, spaces or dashes")
    .nullable()
    .optional(),
  phone: WholesalePhoneSchema.nullable().optional(),
}

export const StoreCreateOutlet = z.object(outletFields).strict()
export type StoreCreateOutletType = z.infer<typeof StoreCreateOutlet>

export const StoreUpdateOutlet = z
  .object(outletFields)
  .partial()
  .strict()
  .refine((changes) => Object.keys(changes).length > 0, "Name at least one field to change")
export type StoreUpdateOutletType = z.infer<typeof StoreUpdateOutlet>

export const StoreGetOutletParams = z.object({}).strict()
