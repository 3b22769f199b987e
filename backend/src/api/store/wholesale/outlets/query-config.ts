export const STORE_OUTLET_FIELDS = [
  "id",
  "name",
  "address_1",
  "address_2",
  "city",
  "province",
  "postal_code",
  "phone",
  "created_at",
  "updated_at",
]

export const retrieveOutletQueryConfig = { defaults: STORE_OUTLET_FIELDS, isList: false }
