/** A group sees everything it recorded about its own makers. */
export const PRODUCER_MAKER_FIELDS = [
  "id",
  "first_name",
  "last_name",
  "name_km",
  "crafts",
  "people",
  "gender",
  "is_living_human_treasure",
  "lht_year",
  "story",
  "portrait_url",
  "public_profile_consent",
  "consent_recorded_at",
  "consent_recorded_by",
  "consent_language",
  "retired_at",
  "created_at",
  "updated_at",
]

export const makerQueryConfig = { defaults: PRODUCER_MAKER_FIELDS, allowed: PRODUCER_MAKER_FIELDS }

export const listMakersQueryConfig = { ...makerQueryConfig, isList: true, defaultLimit: 20 }
