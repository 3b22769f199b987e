import { cambodiaRegionId, sampleProducts, storeHeaders } from "../api.js"
import { runLoad, type LoadRequestType } from "../load.js"
import { failedResult, probe, resultOf, type BenchContextType, type ScenarioType } from "../scenario.js"

/** A catalogue page as the storefront's shop shows it: 12 products. */
const PAGE_SIZE = 12
/** Shoppers browse several pages; each request asks for the next one in turn. */
const PAGES = 10
/** Product pages visited in turn. */
const DETAIL_PRODUCTS = 50

/** A product tile with its price and what the marketplace links to it (group, heritage, makers). */
const LIST_FIELDS = [
  "id",
  "title",
  "handle",
  "thumbnail",
  "variants.id",
  "*variants.calculated_price",
  "*producer_group",
  "*heritage_profile",
  "*makers",
].join(",")

/** What the storefront's product page asks for (storefront/src/features/product/api/get-product.ts). */
const DETAIL_FIELDS = [
  "id",
  "title",
  "description",
  "handle",
  "thumbnail",
  "images.id",
  "images.url",
  "variants.id",
  "variants.title",
  "variants.manage_inventory",
  "variants.allow_backorder",
  "+variants.inventory_quantity",
  "*variants.calculated_price",
  "*producer_group",
  "*makers",
  "*heritage_profile",
].join(",")

function pagePaths(regionId: string, fields?: string): string[] {
  return Array.from({ length: PAGES }, (_, page) => {
    const params = new URLSearchParams({
      limit: String(PAGE_SIZE),
      offset: String(page * PAGE_SIZE),
      region_id: regionId,
      order: "-id",
      ...(fields ? { fields } : {}),
    })
    return `/store/products?${params}`
  })
}

/** Probes the first requests alone, then loads the server with all of them in turn. */
async function measure(scenario: ScenarioType, context: BenchContextType, request: LoadRequestType, labels: string[]) {
  let alone: Record<string, number>
  try {
    alone = await probe(context.origin, request, labels)
  } catch (error) {
    return failedResult(scenario, error)
  }
  const figures = await runLoad({
    origin: context.origin,
    request,
    connections: context.connections,
    durationSeconds: context.durationSeconds,
  })
  return resultOf(scenario, figures, { unloaded_ms: alone })
}

function listScenario(name: string, description: string, fields?: string): ScenarioType {
  const scenario: ScenarioType = {
    name,
    description,
    run: async (context) => {
      let paths: string[]
      try {
        paths = pagePaths(await cambodiaRegionId(context.origin, context.publishableKey), fields)
      } catch (error) {
        return failedResult(scenario, error)
      }
      const request: LoadRequestType = { method: "GET", path: paths[0], paths, headers: storeHeaders(context.publishableKey) }
      return measure(scenario, context, request, ["page 1", "page 2", "page 3"])
    },
  }
  return scenario
}

/** Our product list: 12 products with prices and the linked group, heritage and makers. */
export const PRODUCT_LIST = "product list"
/** The same pages from Medusa's own route with its default fields: the baseline. */
export const MEDUSA_PRODUCT_LIST = "product list, Medusa's default fields"
export const PRODUCT_DETAIL = "product detail"

const productList = listScenario(
  PRODUCT_LIST,
  `GET /store/products, ${PAGE_SIZE} a page with calculated prices and *producer_group, *heritage_profile, *makers; ${PAGES} pages in turn`,
  LIST_FIELDS
)

const medusaProductList = listScenario(
  MEDUSA_PRODUCT_LIST,
  `GET /store/products, ${PAGE_SIZE} a page with region prices and Medusa's default fields (no linked data); the baseline`
)

const productDetail: ScenarioType = {
  name: PRODUCT_DETAIL,
  description: `GET /store/products?handle=… with the product page's fields (prices, stock, group, makers, heritage); ${DETAIL_PRODUCTS} products in turn`,
  run: async (context) => {
    let paths: string[]
    try {
      const regionId = await cambodiaRegionId(context.origin, context.publishableKey)
      const products = await sampleProducts(context.origin, context.publishableKey, regionId, DETAIL_PRODUCTS)
      paths = products.map(({ handle }) => {
        const params = new URLSearchParams({ handle, region_id: regionId, fields: DETAIL_FIELDS, limit: "1" })
        return `/store/products?${params}`
      })
      if (!paths.length) {
        throw new Error("The store sells no product")
      }
    } catch (error) {
      return failedResult(productDetail, error)
    }
    const request: LoadRequestType = { method: "GET", path: paths[0], paths, headers: storeHeaders(context.publishableKey) }
    return measure(productDetail, context, request, paths.slice(0, 3).map((path) => new URLSearchParams(path.split("?")[1]).get("handle") ?? path))
  },
}

export const catalogueScenarios: ScenarioType[] = [productList, medusaProductList, productDetail]
