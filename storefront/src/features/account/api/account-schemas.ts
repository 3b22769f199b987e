import * as z from "zod"
import { postalAddressFields, requiredText as required } from "@/lib/postal-address"

/** Messages are keys under `account.errors` (and `checkout.errors` for the address fields). */

export const LogInSchema = z
  .object({
    email: z.email({ error: "email" }),
    password: z.string().min(1, { error: "required" }),
  })
  .strict()
export type LogInType = z.infer<typeof LogInSchema>

/** Medusa's emailpass provider accepts any password; we ask for at least 8 characters. */
export const RegisterSchema = z
  .object({
    firstName: required(100),
    lastName: required(100),
    email: z.email({ error: "email" }).max(254, { error: "tooLong" }),
    password: z.string().min(8, { error: "passwordShort" }).max(200, { error: "tooLong" }),
  })
  .strict()
export type RegisterType = z.infer<typeof RegisterSchema>

export const AccountAddressSchema = z.object(postalAddressFields).strict()
export type AccountAddressType = z.infer<typeof AccountAddressSchema>
