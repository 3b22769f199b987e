import type {
  MedusaNextFunction,
  MedusaRequest,
  MedusaResponse,
  MiddlewareRoute,
} from "@medusajs/framework/http"
import { cacheCatalogueAnswers } from "./cache-catalogue-answers"
import { excludeInactiveGroupsProducts } from "./exclude-inactive-groups-products"

/** The columns of a producer group the store may read: not its status, trust or commission. */
const PUBLIC_GROUP_FIELDS = [
  "producer_group.id",
  "producer_group.handle",
  "producer_group.name",
  "producer_group.province",
  "producer_group.village",
  "producer_group.story",
  "producer_group.logo_url",
  "producer_group.photos",
]

/**
 * The linked data the store may read on products. Fields are matched exactly, so naming each
 * public column keeps everything else out of reach: the group's internal columns, account and
 * members, and the private maker records behind `makers` (which is the public_maker projection).
 * `*producer_group` is not in the list: `expandPublicGroupFields` turns it into these columns.
 */
export const STORE_PRODUCT_LINKED_FIELDS = [
  ...PUBLIC_GROUP_FIELDS,
  "makers",
  "makers.id",
  "makers.handle",
  "makers.display_name",
  "makers.story",
  "makers.portrait_url",
  "makers.crafts",
  "makers.is_living_human_treasure",
  "makers.lht_year",
  "makers.has_public_profile",
  "heritage_profile",
  "heritage_profile.id",
  "heritage_profile.craft",
  "heritage_profile.technique",
  "heritage_profile.materials",
  "heritage_profile.natural_dyes",
  "heritage_profile.province",
  "heritage_profile.people",
  "heritage_profile.cultural_significance",
  "heritage_profile.hours_to_make",
  "heritage_profile.care",
]

/** `fields=*producer_group` (with any +/- prefix) asks for the group's public columns only. */
export function expandPublicGroupFields(fields: string): string {
  return fields
    .split(",")
    .flatMap((field) => {
      const match = /^([+-]?)\*producer_group$/.exec(field.trim())
      return match ? PUBLIC_GROUP_FIELDS.map((column) => `${match[1]}${column}`) : [field]
    })
    .join(",")
}

function allowLinkedProductFields(
  req: MedusaRequest,
  _res: MedusaResponse,
  next: MedusaNextFunction
) {
  if (typeof req.query.fields === "string") {
    req.query.fields = expandPublicGroupFields(req.query.fields)
  }
  req.allowed = [...(req.allowed ?? []), ...STORE_PRODUCT_LINKED_FIELDS]
  next()
}

/**
 * Without a method the middleware is registered ahead of Medusa's own for the path (and for
 * `/store/products/:id` beneath it), so its allowed fields reach Medusa's query validation.
 */
export const storeProductsMiddlewares: MiddlewareRoute[] = [
  { matcher: "/store/products", middlewares: [cacheCatalogueAnswers, allowLinkedProductFields] },
  {
    // Only active groups' products are in the store's sales channel; the product list must
    // honour that even when Medusa would skip the channel filter (see the middleware). With a
    // method, it runs after Medusa's own middlewares for the route.
    method: ["GET"],
    matcher: "/store/products",
    middlewares: [excludeInactiveGroupsProducts],
  },
]
