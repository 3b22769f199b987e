import type { MedusaNextFunction, MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import type { ICachingModuleService } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { storeCatalogueCache } from "../../../lib/versioned-store-cache"

/** The product list and a product's page; nothing else under `/store/products`. */
const CATALOGUE_PATH = /^\/store\/products(\/[^/]+)?\/?$/

/**
 * A signed-in customer may see other prices (customer groups): their answers are not shared.
 * Read from the request itself, since this runs before Medusa authenticates it.
 */
function isCustomerSpecific(req: MedusaStoreRequest): boolean {
  return Boolean(req.headers.authorization || /(?:^|;\s*)connect\.sid=/.test(req.headers.cookie ?? ""))
}

/**
 * Everything the answer depends on, as sent: the URL (fields, region, filters, page, `?locale`),
 * the language header and the publishable key (its sales channels).
 */
function requestKey(req: MedusaStoreRequest): string {
  return [req.originalUrl, req.get("x-medusa-locale") ?? "", req.get("x-publishable-api-key") ?? ""].join("|")
}

/**
 * Answers a shopper's product list or product page from Medusa's Caching Module when the same
 * request was answered since the catalogue last changed (see `lib/versioned-store-cache.ts`);
 * otherwise lets Medusa answer and keeps a successful answer. It runs ahead of the route's own
 * middlewares (validation, authentication, pricing context, channel filter) and its queries;
 * Medusa's store-wide check of the publishable key still comes first. Only answers that passed
 * them all are kept, and a hit needs the same URL, language and key.
 * The cache is an optimisation only: if it fails, Medusa answers as if it were not there.
 */
export async function cacheCatalogueAnswers(req: MedusaStoreRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const caching = req.scope.resolve<ICachingModuleService | undefined>(Modules.CACHING, { allowUnregistered: true })
  const path = req.originalUrl.split("?")[0]
  if (req.method !== "GET" || !CATALOGUE_PATH.test(path) || !caching || isCustomerSpecific(req)) {
    return next()
  }
  const logger = req.scope.resolve(ContainerRegistrationKeys.LOGGER)
  let key: string
  try {
    key = await storeCatalogueCache.answerKey(caching, requestKey(req))
    const cached = await caching.get({ key })
    if (cached) {
      res.json(cached)
      return
    }
  } catch (error) {
    logger.warn(`Store catalogue cache unavailable: ${(error as Error).message}`)
    return next()
  }
  const send = res.json.bind(res)
  res.json = (body: unknown) => {
    if (res.statusCode === 200) {
      caching
        .set({ key, data: body as object, ttl: storeCatalogueCache.answerTtlSeconds, tags: [] })
        .catch((error: Error) => logger.warn(`Store catalogue cache not written: ${error.message}`))
    }
    return send(body)
  }
  return next()
}
