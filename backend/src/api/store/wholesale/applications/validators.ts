import { z } from "zod"
import { CompanyKind } from "../../../../modules/wholesale/company-kind"
import { StoreCreateOutlet, WholesalePhoneSchema } from "../outlets/validators"

const NAME_MAX_LENGTH = 200

const Name = z.string().trim().min(1).max(NAME_MAX_LENGTH)

/** A company applies for a trade account with its first outlet; the applicant becomes its admin. */
export const StoreApplyForWholesale = z
  .object({
    legal_name: Name,
    trading_name: Name.nullable().optional(),
    kind: z.enum([CompanyKind.HOTEL, CompanyKind.SHOP]),
    // Cambodia's TIN is a letter and nine digits (K001-123456789); foreign numbers vary.
    tax_number: z
      .string()
      .trim()
      .regex(/^[0-9A-Za-z][0-9A-Za-z /.-]{3,39}$/, "A tax number has 4 to 40 letters, digits, spaces, dots, slashes or dashes"),
    contact_email: z.email().max(320),
    contact_phone: WholesalePhoneSchema,
    outlet: StoreCreateOutlet,
  })
  .strict()
export type StoreApplyForWholesaleType = z.infer<typeof StoreApplyForWholesale>

export const StoreGetCompanyParams = z.object({}).strict()
