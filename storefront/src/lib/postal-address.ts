import * as z from "zod"

/** A required text of at most `max` characters; messages are i18n keys of the form's errors. */
export const requiredText = (max: number) =>
  z.string().trim().min(1, { error: "required" }).max(max, { error: "tooLong" })

/**
 * The fields of a postal address as the account's address book and the checkout both ask for
 * them; each form builds its own strict schema from these.
 */
export const postalAddressFields = {
  firstName: requiredText(100),
  lastName: requiredText(100),
  address1: requiredText(200),
  city: requiredText(100),
  postalCode: z.string().trim().max(20, { error: "tooLong" }),
  countryCode: z.string().regex(/^[a-z]{2}$/, { error: "country" }),
  phone: z
    .string()
    .trim()
    .max(30, { error: "tooLong" })
    .regex(/^[+\d\s().-]*$/, { error: "phone" }),
}
