import type { SearchTypes } from "@medusajs/framework/types"
import { defineSearchIndex, graphConsume, graphSeed } from "@medusajs/framework/utils"
import ProductProducerGroupLink from "../links/product-producer-group"
import ProductPublicMakerLink from "../links/product-public-maker"
import {
  PRODUCT_SEARCH_GRAPH_FIELDS,
  type ProductSearchRowType,
  toProductSearchDocument,
} from "../lib/search/product-document"
import { loadSearchTranslations } from "../lib/search/search-translations"
import { productSearchFields, productSearchSettings } from "../lib/search/product-search-schema"
import { STORE_CATALOGUE_EVENTS } from "../lib/store-catalogue-events"


type ConsumeEventType = Parameters<NonNullable<SearchTypes.SearchIndexDefinition["consume"]>>[0]
type IngestionContextType = SearchTypes.SearchIngestionContext

async function toDocuments(rows: ProductSearchRowType[], context: IngestionContextType) {
  const translations = await loadSearchTranslations(context.container.query, rows)
  return rows.flatMap((row) => {
    const document = toProductSearchDocument(row, translations)
    return document ? [document] : []
  })
}

function eventIds(event: ConsumeEventType): string[] {
  const data = event.data as { id?: string | string[] } | undefined
  return data?.id === undefined ? [] : ([] as string[]).concat(data.id)
}

/** The products an event touches: its own id for product events, else those linked to it. */
async function productIdsOf(event: ConsumeEventType, context: IngestionContextType): Promise<string[]> {
  const ids = eventIds(event)
  if (!ids.length) {
    return []
  }
  const { query } = context.container
  const column = async (entity: string, field: string, filters: Record<string, unknown>) => {
    const { data } = await query.graph({ entity, fields: [field], filters })
    return (data as Record<string, string | null>[]).map((row) => row[field]).filter((id): id is string => !!id)
  }
  if (event.name.startsWith("product-variant.")) {
    return column("product_variant", "product_id", { id: ids })
  }
  if (event.name.startsWith("producer_group.")) {
    return column(ProductProducerGroupLink.entryPoint, "product_id", { producer_group_id: ids })
  }
  if (event.name.startsWith("public_maker.")) {
    return column(ProductPublicMakerLink.entryPoint, "product_id", { public_maker_id: ids })
  }
  if (event.name.startsWith("inventory-level.") || event.name.startsWith("reservation-item.")) {
    // A deleted level or reservation still names its item; the item's variants name the products.
    const entity = event.name.startsWith("inventory-level.") ? "inventory_level" : "reservation_item"
    const { data: records } = await query.graph({
      entity,
      fields: ["inventory_item_id"],
      filters: { id: ids },
      withDeleted: true,
    })
    const itemIds = (records as { inventory_item_id: string }[]).map((record) => record.inventory_item_id)
    if (!itemIds.length) {
      return []
    }
    const { data: items } = await query.graph({
      entity: "inventory_item",
      fields: ["variants.product_id"],
      filters: { id: itemIds },
    })
    return (items as { variants?: { product_id: string | null }[] | null }[]).flatMap((item) =>
      (item.variants ?? []).map((variant) => variant.product_id).filter((id): id is string => !!id)
    )
  }
  return ids
}

/**
 * The store's product search: one engine-neutral definition that the Postgres provider serves by
 * default and Meilisearch in production. Only published products of active groups are indexed;
 * the documents carry what shoppers search by (English, Khmer and French texts, heritage terms in
 * every UI language, consenting makers' names, synonyms) and what they narrow by (the facets).
 */
export default defineSearchIndex({
  name: "product",
  entity: "product",
  fields: productSearchFields,
  settings: productSearchSettings,
  events: STORE_CATALOGUE_EVENTS,
  seed: graphSeed<typeof productSearchFields, ProductSearchRowType>({
    fields: PRODUCT_SEARCH_GRAPH_FIELDS,
    transform: toDocuments,
  }),
  consume: graphConsume<typeof productSearchFields, ProductSearchRowType>({
    fields: PRODUCT_SEARCH_GRAPH_FIELDS,
    resolve_ids: productIdsOf,
    is_delete: (event) => event.name === "product.deleted",
    transform: toDocuments,
  }),
})
