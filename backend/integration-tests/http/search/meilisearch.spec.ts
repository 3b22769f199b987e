import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import type { ISearchModuleService } from "@medusajs/framework/types"
import seedDemoCatalogue from "../../../src/scripts/seed"
import { DEFAULT_PUBLISHABLE_KEY_TITLE } from "../../../src/scripts/seed/constants"
import { describeRelevance, searchRequest, type SearchBodyType, type SearchResultType } from "./relevance"

jest.setTimeout(600_000)

/**
 * The relevance scenarios against a real Meilisearch, which only runs where one is reachable:
 * `MEILISEARCH_HOST=http://127.0.0.1:7700 MEILISEARCH_API_KEY=... npm run test:integration`.
 * Its indexes get a prefix of their own and are deleted afterwards.
 */
const host = process.env.MEILISEARCH_HOST

if (!host && process.env.CI && !process.env.SIPAKAM_SKIP_MEILISEARCH) {
  // In CI a skipped suite must be a decision written down (in .ci/run), not an accident.
  throw new Error(
    "[search/meilisearch.spec] CI is set but MEILISEARCH_HOST is not: set it, or say why not in SIPAKAM_SKIP_MEILISEARCH"
  )
}
if (!host) {
  console.log(
    "[search/meilisearch.spec] skipped: MEILISEARCH_HOST is not set" +
      (process.env.SIPAKAM_SKIP_MEILISEARCH ? ` (${process.env.SIPAKAM_SKIP_MEILISEARCH})` : "") +
      ", and no Meilisearch binary or " +
      "image can be installed on this machine. The Postgres provider runs the same scenarios " +
      "(store.spec.ts); what our code sends to Meilisearch is unit-tested (meilisearch-plan.unit.spec.ts)."
  )
  describe.skip("product search on Meilisearch (needs MEILISEARCH_HOST)", () => {
    it("runs the relevance scenarios", () => undefined)
  })
} else {
  medusaIntegrationTestRunner({
    env: { MEILISEARCH_HOST: host, SEARCH_INDEX_PREFIX: `sipakam_test_${Date.now()}_` },
    testSuite: ({ api, getContainer }) => {
      let storeHeaders: { headers: Record<string, string> }
      const searchModule = () => getContainer().resolve<ISearchModuleService>(Modules.SEARCH)

      const search = async (body: SearchBodyType): Promise<SearchResultType> => {
        const response = await api.post("/store/search", searchRequest(body), storeHeaders)
        expect(response.status).toEqual(200)
        return response.data.results[0]
      }

      beforeAll(async () => {
        const container = getContainer()
        await seedDemoCatalogue({ container, args: [] })
        const {
          data: [key],
        } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
          entity: "api_key",
          fields: ["token"],
          filters: { type: "publishable", title: DEFAULT_PUBLISHABLE_KEY_TITLE },
        })
        storeHeaders = { headers: { "x-publishable-api-key": key.token } }
        const search = searchModule()
        await search.executeIndexMigrationPlan(await search.createIndexMigrationPlan())
        await search.reindex({ index: "product" })
      })

      afterAll(async () => {
        await searchModule().deleteIndex("product")
      })

      it("is served by Meilisearch", () => {
        expect(searchModule().getIndex("product").provider).toEqual("meilisearch")
      })

      describeRelevance(search)
    },
  })
}
