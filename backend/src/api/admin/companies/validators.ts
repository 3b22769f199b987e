import { z } from "zod"
import { CompanyStatus } from "../../../modules/wholesale/company-status"

/** Longer than any trade terms we offer: a quarter year. */
export const MAX_PAYMENT_TERMS_DAYS = 120
/** What one company may owe at once, in minor units: far above any gift shop's orders. */
export const MAX_CREDIT_LIMIT = 1_000_000_000

const STATUSES = [
  CompanyStatus.APPLIED,
  CompanyStatus.APPROVED,
  CompanyStatus.REJECTED,
  CompanyStatus.SUSPENDED,
] as const

/** Query strings arrive as text; numbers are parsed strictly (no "1.5", no "", no "1e3"). */
const QueryIntegerSchema = z
  .string()
  .regex(/^\d{1,6}$/, "a whole number")
  .transform(Number)

export const AdminGetCompaniesParams = z
  .object({
    q: z.string().trim().min(1).max(200).optional(),
    status: z.union([z.enum(STATUSES), z.array(z.enum(STATUSES)).min(1)]).optional(),
    limit: QueryIntegerSchema.pipe(z.number().min(1).max(100)).default(20),
    offset: QueryIntegerSchema.default(0),
    order: z
      .enum(["legal_name", "-legal_name", "created_at", "-created_at", "status", "-status"])
      .default("-created_at"),
  })
  .strict()

/** No parameters: the detail is always the full operator view. */
export const AdminGetCompanyParams = z.object({}).strict()

/** The operator's terms for a company; null terms mean it pays at checkout. */
export const AdminUpdateCompany = z
  .object({
    payment_terms_days: z.number().int().min(1).max(MAX_PAYMENT_TERMS_DAYS).nullable().optional(),
    credit_limit: z.number().int().min(0).max(MAX_CREDIT_LIMIT).optional(),
    currency_code: z
      .string()
      .regex(/^[a-z]{3}$/, "a lowercase ISO 4217 code")
      .optional(),
  })
  .strict()
  .refine((changes) => Object.keys(changes).length > 0, "Name at least one term to change")
export type AdminUpdateCompanyType = z.infer<typeof AdminUpdateCompany>

export const AdminApproveCompany = z.object({}).strict()

/** Why a company is rejected or suspended: its buyers read it. */
export const AdminCompanyStatusReason = z
  .object({ reason: z.string().trim().min(3).max(2000) })
  .strict()
export type AdminCompanyStatusReasonType = z.infer<typeof AdminCompanyStatusReason>
