import type { ExecArgs, ISearchModuleService } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"

/**
 * Rebuilds the search indexes from scratch: each is seeded into a new version that replaces the
 * serving one only when complete, so the store keeps searching meanwhile. Run with
 * `npx medusa exec ./src/scripts/reindex-search.ts` (from backend/, with the backend's
 * environment, after `medusa db:migrate` has created the indexes), or through the running backend: `POST /admin/search-indexes/product/reindex`.
 */
export default async function reindexSearch({ container }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const search = container.resolve<ISearchModuleService>(Modules.SEARCH)
  const started = Date.now()
  const { indexes } = await search.reindex({ strategy: "swap" })
  for (const index of await search.listIndexes()) {
    logger.info(`[reindex] ${index.name}: ${index.status} (${index.provider})`)
  }
  logger.info(`[reindex] rebuilt ${indexes.join(", ")} in ${((Date.now() - started) / 1000).toFixed(1)} s`)
}
