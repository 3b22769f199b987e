/** What a buyer sees of their own company: its details, status, terms and outlets. */
export const STORE_COMPANY_FIELDS = [
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
  "outlets.id",
  "outlets.name",
  "outlets.address_1",
  "outlets.address_2",
  "outlets.city",
  "outlets.province",
  "outlets.postal_code",
  "outlets.phone",
]

export const retrieveCompanyQueryConfig = { defaults: STORE_COMPANY_FIELDS, isList: false }
