import { z } from "zod"
import { CompanyBuyerRole } from "../../../../modules/wholesale/company-buyer-role"

/** Query strings arrive as text; numbers are parsed strictly (no "1.5", no "", no "1e3"). */
const QueryIntegerSchema = z
  .string()
  .regex(/^\d{1,6}$/, "a whole number")
  .transform(Number)

export const StoreGetCompanyBuyers = z
  .object({
    limit: QueryIntegerSchema.pipe(z.number().min(1).max(100)).default(20),
    offset: QueryIntegerSchema.default(0),
    order: z.enum(["created_at", "-created_at"]).default("created_at"),
  })
  .strict()

export const StoreInviteCompanyBuyer = z
  .object({
    email: z.email().max(320),
    role: z.enum([CompanyBuyerRole.ADMIN, CompanyBuyerRole.BUYER]).default(CompanyBuyerRole.BUYER),
  })
  .strict()
export type StoreInviteCompanyBuyerType = z.infer<typeof StoreInviteCompanyBuyer>
