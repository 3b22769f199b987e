/** The company fields the operator sees in lists; the detail adds outlets, buyers and invites. */
export const ADMIN_COMPANY_FIELDS = [
  "id",
  "legal_name",
  "trading_name",
  "kind",
  "tax_number",
  "contact_email",
  "contact_phone",
  "status",
  "status_reason",
  "payment_terms_days",
  "credit_limit",
  "currency_code",
  "created_at",
  "updated_at",
]

export const listCompaniesQueryConfig = { defaults: ADMIN_COMPANY_FIELDS, isList: true }
export const retrieveCompanyQueryConfig = { defaults: ADMIN_COMPANY_FIELDS, isList: false }
