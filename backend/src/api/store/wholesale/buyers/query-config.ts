/** What a company admin sees of each buyer: who they are and their role, nothing else of theirs. */
export const STORE_COMPANY_BUYER_FIELDS = [
  "id",
  "role",
  "created_at",
  "customer.id",
  "customer.email",
  "customer.first_name",
  "customer.last_name",
]

export const listCompanyBuyersQueryConfig = {
  defaults: STORE_COMPANY_BUYER_FIELDS,
  isList: true,
  defaultLimit: 20,
}
