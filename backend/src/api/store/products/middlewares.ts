import type {
  MedusaNextFunction,
  MedusaRequest,
  MedusaResponse,
  MiddlewareRoute,
} from "@medusajs/framework/http"
import { cacheCatalogueAnswers } from "./cache-catalogue-answers"
import { excludeInactiveGroupsProducts } from "./exclude-inactive-groups-products"
import {
  PUBLIC_GROUP_FIELDS,
  STORE_PRODUCT_DISALLOWED_SEGMENTS,
  STORE_PRODUCT_LINKED_FIELDS,
} from "./query-config"

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

/** Drops every requested field with a segment the store never resolves (see the list). */
export function dropDisallowedFields(fields: string): string {
  return fields
    .split(",")
    .filter(
      (field) =>
        !field
          .trim()
          .replace(/^[+-]?\*?/, "")
          .toLowerCase()
          .split(".")
          .some((segment) => STORE_PRODUCT_DISALLOWED_SEGMENTS.includes(segment.replace(/^\*/, "")))
    )
    .join(",")
}

function allowLinkedProductFields(
  req: MedusaRequest,
  _res: MedusaResponse,
  next: MedusaNextFunction
) {
  if (typeof req.query.fields === "string") {
    req.query.fields = dropDisallowedFields(expandPublicGroupFields(req.query.fields))
  }
  req.allowed = [...(req.allowed ?? []), ...STORE_PRODUCT_LINKED_FIELDS]
  // Medusa also strips disallowed fields after its allowed list, whatever reaches it.
  req.disallowed = [...(req.disallowed ?? []), ...STORE_PRODUCT_DISALLOWED_SEGMENTS]
  next()
}

/**
 * Without a method the middleware is registered ahead of Medusa's own for the path (and for
 * `/store/products/:id` beneath it), so its allowed and disallowed fields reach Medusa's query
 * validation.
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
