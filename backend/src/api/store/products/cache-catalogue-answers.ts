import type { MedusaNextFunction, MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import type { ICachingModuleService } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  STORE_CATALOGUE_ANSWER_TTL_SECONDS,
  storeCatalogueAnswerKey,
  storeCatalogueVersion,
} from "../../../lib/store-catalogue-cache"

/** A signed-in customer may see other prices (customer groups): their answers are not shared. */
function isCustomerSpecific(req: MedusaStoreRequest): boolean {
  return Boolean(req.auth_context?.actor_id || req.headers.authorization)
}

/** Everything the answer depends on: the URL (fields, region, filters, page), language and channels. */
function requestKey(req: MedusaStoreRequest): string {
  const channels = [...(req.publishable_key_context?.sales_channel_ids ?? [])].sort().join(",")
  return `${req.originalUrl}|${req.locale ?? ""}|${channels}`
}

/**
 * Answers a shopper's product list or product page from Medusa's Caching Module when the same
 * request was answered since the catalogue last changed (see `lib/store-catalogue-cache.ts`);
 * otherwise lets the route answer and keeps a successful answer. Runs after Medusa's own
 * validation, so a bad request still gets its 400. The cache is an optimisation only: if it
 * fails, the route answers as if it were not there.
 */
export async function cacheCatalogueAnswers(req: MedusaStoreRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const caching = req.scope.resolve<ICachingModuleService | undefined>(Modules.CACHING, { allowUnregistered: true })
  if (!caching || isCustomerSpecific(req)) {
    return next()
  }
  const logger = req.scope.resolve(ContainerRegistrationKeys.LOGGER)
  let key: string
  try {
    key = storeCatalogueAnswerKey(await storeCatalogueVersion(caching), requestKey(req))
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
        .set({ key, data: body as object, ttl: STORE_CATALOGUE_ANSWER_TTL_SECONDS, tags: [] })
        .catch((error: Error) => logger.warn(`Store catalogue cache not written: ${error.message}`))
    }
    return send(body)
  }
  return next()
}
