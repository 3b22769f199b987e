import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules, ProductStatus } from "@medusajs/framework/utils"
import type { ISearchModuleService, MedusaContainer } from "@medusajs/framework/types"
import seedDemoCatalogue from "../../../src/scripts/seed"
import { DEFAULT_PUBLISHABLE_KEY_TITLE } from "../../../src/scripts/seed/constants"
import { createProducerGroupWorkflow } from "../../../src/workflows/producer/workflows/create-producer-group"
import { suspendProducerGroupWorkflow } from "../../../src/workflows/producer/workflows/suspend-producer-group"
import { approveProducerGroupWorkflow } from "../../../src/workflows/producer/workflows/approve-producer-group"
import { updateMakerWorkflow } from "../../../src/workflows/producer/workflows/update-maker"
import { createOperatorHeaders } from "../../fixtures/operator"
import { createGroupMaker, createGroupProduct } from "../producers/fixtures"
import {
  describeRelevance,
  searchRequest,
  titles,
  type SearchBodyType,
  type SearchResultType,
} from "./relevance"
import { eventually } from "../../fixtures/eventually"
import { createReservationsWorkflow, deleteReservationsWorkflow } from "@medusajs/medusa/core-flows"

jest.setTimeout(300_000)

/** Names no demo product, group or maker uses, so a hit can only come from the test's own data. */
const CONSENTING_MAKER = { first_name: "Chantrea", last_name: "Vongsavanh" }
const PRIVATE_MAKER = { first_name: "Kunthea", last_name: "Quellmoor" }

type StockLevelType = {
  inventory_item_id: string
  location_id: string
  stocked_quantity: number
  reserved_quantity: number
}
type StockedVariantType = {
  manage_inventory: boolean
  inventory_items?: { inventory?: { location_levels?: StockLevelType[] } }[]
}
type StockedProductType = { id: string; managesInventory: boolean; levels: StockLevelType[] }

const available = (level: StockLevelType) => level.stocked_quantity - level.reserved_quantity

medusaIntegrationTestRunner({
  // This suite is the Postgres provider's, whatever the environment says (see meilisearch.spec.ts).
  env: { MEILISEARCH_HOST: "" },
  testSuite: ({ api, getContainer }) => {
    let storeHeaders: { headers: Record<string, string> }
    let container: MedusaContainer

    const search = async (body: SearchBodyType): Promise<SearchResultType> => {
      const response = await api.post("/store/search", searchRequest(body), storeHeaders)
      expect(response.status).toEqual(200)
      return response.data.results[0]
    }

    const searchModule = () => container.resolve<ISearchModuleService>(Modules.SEARCH)

    /** Each product's stock: whether every variant keeps it, and every level of their items. */
    const stockOf = async (productIds: string[]): Promise<StockedProductType[]> => {
      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({
        entity: "product",
        fields: ["id", "variants.manage_inventory", "variants.inventory_items.inventory.location_levels.*"],
        filters: { id: productIds },
      })
      return data.map((product) => {
        const variants = (product.variants ?? []) as StockedVariantType[]
        return {
          id: product.id,
          managesInventory: variants.every((variant) => variant.manage_inventory),
          levels: variants.flatMap((variant) =>
            (variant.inventory_items ?? []).flatMap((link) => link.inventory?.location_levels ?? [])
          ),
        }
      })
    }

    let groupId: string
    let productId: string
    let draftId: string
    let privateMakerId: string

    /** A group of the suite's own, with a consenting and a private maker, a product and a draft. */
    const createTonleWeavers = async () => {
      const { result } = await createProducerGroupWorkflow(container).run({
        input: { handle: "tonle-weavers", name: "Tonle Weavers", province: "kratie", status: "active" },
      })
      groupId = result.group.id
      const consenting = await createGroupMaker(container, groupId, {
        ...CONSENTING_MAKER,
        crafts: ["hol-silk"],
        public_profile_consent: true,
      })
      const hidden = await createGroupMaker(container, groupId, {
        ...PRIVATE_MAKER,
        crafts: ["hol-silk"],
        public_profile_consent: false,
      })
      privateMakerId = hidden.makerId
      productId = await createGroupProduct(container, {
        groupId,
        handle: "tonle-river-cloth",
        listed: true,
        publicMakerIds: [consenting.publicMakerId, hidden.publicMakerId],
      })
      draftId = await createGroupProduct(container, {
        groupId,
        handle: "tonle-draft-cloth",
        listed: true,
        status: ProductStatus.DRAFT,
      })
    }

    beforeAll(async () => {
      container = getContainer()
      await seedDemoCatalogue({ container, args: [] })
      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const {
        data: [key],
      } = await query.graph({
        entity: "api_key",
        fields: ["token"],
        filters: { type: "publishable", title: DEFAULT_PUBLISHABLE_KEY_TITLE },
      })
      storeHeaders = { headers: { "x-publishable-api-key": key.token } }
      await createTonleWeavers()
      // The test runner snapshots the database after this hook and restores it before each test,
      // search documents included. What `medusa db:migrate` and the first boot do: create the index, then fill it.
      const search = searchModule()
      await search.executeIndexMigrationPlan(await search.createIndexMigrationPlan())
      await search.reindex({ index: "product" })
    })

    describeRelevance(search)

    describe("facets, filters and sorting", () => {
      it("counts every craft, province and material over the whole catalogue", async () => {
        const result = await search({
          take: 0,
          facets: [
            // Limits above each facet's number of values (10 by default), so the counts add up.
            { field: "craft", limit: 50 },
            { field: "province", limit: 50 },
            { field: "people", limit: 50 },
            "materials",
            { field: "producer_group", limit: 200 },
            "is_lht",
            { field: "price_usd", type: "stats" },
          ],
        })
        const total = result.metadata.count ?? 0
        const crafts = result.facets?.craft.values ?? []
        const sum = (facet: string) => (result.facets?.[facet]?.values ?? []).reduce((all, value) => all + value.count, 0)

        expect(total).toBeGreaterThanOrEqual(120)
        expect(Object.keys(result.facets ?? {}).sort()).toEqual(
          ["craft", "is_lht", "materials", "people", "price_usd", "producer_group", "province"].sort()
        )
        // Every product has a craft and a province but the suite's own, which has no heritage profile.
        expect(crafts.reduce((sum, value) => sum + value.count, 0)).toEqual(total - 1)
        expect(sum("province")).toEqual(total - 1)
        // Every product belongs to one group and is, or is not, a Living Human Treasure's.
        expect(sum("producer_group")).toEqual(total)
        expect(sum("is_lht")).toEqual(total)
        expect(result.facets?.producer_group.values?.find((value) => value.value === "tonle-weavers")?.count).toEqual(1)
        expect(result.facets?.people.values?.length).toBeGreaterThan(1)
        expect(result.facets?.people.values?.every((value) => value.count > 0)).toBe(true)
        expect(result.facets?.materials.values?.find((value) => value.value === "silk")?.count).toBeGreaterThan(0)
        expect(result.facets?.price_usd.min).toBeGreaterThan(0)
        expect(result.facets?.price_usd.max).toBeGreaterThan(result.facets?.price_usd.min ?? 0)
      })

      it("narrows by a facet value, and the count says how many", async () => {
        const all = await search({ take: 0, facets: [{ field: "craft", limit: 50 }] })
        const pottery = all.facets?.craft.values?.find((value) => value.value === "pottery")
        const result = await search({ filters: { craft: "pottery" }, take: 100 })

        expect(result.metadata.count).toEqual(pottery?.count)
        expect(result.hits.every((hit) => hit.document.craft === "pottery")).toBe(true)
      })

      it("narrows by price range and sorts by price", async () => {
        const result = await search({
          filters: { price_usd: { $gte: 1000, $lte: 3000 } },
          order: { price_usd: "ASC" },
          take: 100,
        })
        const prices = result.hits.map((hit) => hit.document.price_usd ?? -1)

        expect(prices.length).toBeGreaterThan(0)
        expect(prices.every((price) => price >= 1000 && price <= 3000)).toBe(true)
        expect(prices).toEqual([...prices].sort((a, b) => a - b))
      })

      it("rejects a filter on a field the index does not have", async () => {
        const response = await api
          .post("/store/search", searchRequest({ filters: { secret_margin: 1 } }), storeHeaders)
          .catch((error: { response: { status: number } }) => error.response)

        expect(response.status).toBeGreaterThanOrEqual(400)
        expect(response.status).toBeLessThan(500)
      })

      it("answers 404 for an index the store does not expose", async () => {
        const response = await api
          .post("/store/search", { entity: "customer", filters: { q: "a" } }, storeHeaders)
          .catch((error: { response: { status: number } }) => error.response)

        expect(response.status).toEqual(404)
      })
    })

    describe("what the store may find", () => {
      it("finds a consenting maker's work by the maker's name", async () => {
        const result = await search({ q: "Vongsavanh" })

        expect(result.hits.map((hit) => hit.id)).toEqual([productId])
        expect(result.hits[0].document.makers).toEqual(["Chantrea Vongsavanh"])
      })

      it("never finds a maker who has not consented by name", async () => {
        const result = await search({ q: "Quellmoor" })

        expect(result.hits).toEqual([])
      })

      it("does not find an unpublished product, though it finds the published one the same words name", async () => {
        const result = await search({ q: "tonle draft cloth" })
        const both = await search({ q: "tonle cloth" })

        expect(result.hits.map((hit) => hit.id)).not.toContain(draftId)
        expect(both.hits.map((hit) => hit.id)).toEqual([productId])
      })

      it("drops a suspended group's products within seconds, and brings them back on approval", async () => {
        await suspendProducerGroupWorkflow(container).run({ input: { id: groupId, reason: "Quality review" } })
        await eventually(async () => {
          expect((await search({ q: "Vongsavanh" })).hits).toEqual([])
        })

        await approveProducerGroupWorkflow(container).run({ input: { id: groupId } })
        await eventually(async () => {
          expect((await search({ q: "Vongsavanh" })).hits.map((hit) => hit.id)).toEqual([productId])
        })
      })

      it("follows a maker's withdrawn consent within seconds", async () => {
        await updateMakerWorkflow(container).run({
          input: { group_id: groupId, id: privateMakerId, update: { public_profile_consent: true } },
        })
        await eventually(async () => {
          expect((await search({ q: "Quellmoor" })).hits.map((hit) => hit.id)).toEqual([productId])
        })

        await updateMakerWorkflow(container).run({
          input: { group_id: groupId, id: privateMakerId, update: { public_profile_consent: false } },
        })
        await eventually(async () => {
          expect((await search({ q: "Quellmoor" })).hits).toEqual([])
        })
      })

      it("follows a product edit within seconds", async () => {
        const operator = await createOperatorHeaders(container, api)
        await api.post(`/admin/products/${productId}`, { title: "Mekong heron cloth" }, operator)

        await eventually(async () => {
          expect(titles(await search({ q: "heron" }))).toEqual(["Mekong heron cloth"])
        })
      })

      it("follows stock set in Medusa's admin within seconds", async () => {
        const [hit] = (await search({ filters: { in_stock: true }, take: 1 })).hits
        const [{ levels }] = await stockOf([hit.id])
        expect(levels.length).toBeGreaterThan(0)

        const operator = await createOperatorHeaders(container, api, "stock-keeper@sipakam.test")
        for (const level of levels) {
          await api.post(
            `/admin/inventory-items/${level.inventory_item_id}/location-levels/${level.location_id}`,
            { stocked_quantity: 0 },
            operator
          )
        }

        await eventually(async () => {
          const [after] = (await search({ filters: { id: hit.id } })).hits
          expect(after.document.in_stock).toBe(false)
        })
      })

      it("marks a product sold out when reservations take its last units, and in stock when they are released", async () => {
        const { hits } = await search({ filters: { in_stock: true }, take: 20 })
        // Every variant keeps stock, so reserving what its levels hold sells the product out.
        const product = (await stockOf(hits.map((hit) => hit.id))).find(
          (candidate) => candidate.managesInventory && candidate.levels.some((level) => available(level) > 0)
        )
        expect(product).toBeDefined()
        const { id, levels } = product!
        const reservations = levels
          .filter((level) => available(level) > 0)
          .map((level) => ({ inventory_item_id: level.inventory_item_id, location_id: level.location_id, quantity: available(level) }))

        const { result } = await createReservationsWorkflow(container).run({ input: { reservations } })
        await eventually(async () => {
          const [after] = (await search({ filters: { id } })).hits
          expect(after.document.in_stock).toBe(false)
        })

        await deleteReservationsWorkflow(container).run({ input: { ids: result.map((reservation) => reservation.id) } })
        await eventually(async () => {
          const [after] = (await search({ filters: { id } })).hits
          expect(after.document.in_stock).toBe(true)
        })
      })
    })

    describe("answer cache", () => {
      /** How often the Search Module's engine is asked while `run` runs. */
      const engineCalls = async (run: () => Promise<unknown>) => {
        const engine = jest.spyOn(searchModule(), "search")
        try {
          await run()
          return engine.mock.calls.length
        } finally {
          engine.mockRestore()
        }
      }

      it("answers the same search again without asking the engine", async () => {
        // A search no other test asks, so no answer to it is cached yet.
        const body: SearchBodyType = { q: "basket", take: 17 }
        let first: SearchResultType | undefined
        expect(await engineCalls(async () => (first = await search(body)))).toBeGreaterThan(0)

        let second: SearchResultType | undefined
        expect(await engineCalls(async () => (second = await search(body)))).toEqual(0)
        expect(second).toEqual(first)
      })

      it("lets the same search asked while it is answered wait for that answer", async () => {
        const alone = await engineCalls(() => search({ q: "pottery", take: 18 }))
        expect(alone).toBeGreaterThan(0)

        const atOnce = await engineCalls(() => Promise.all(Array.from({ length: 5 }, () => search({ q: "pottery", take: 19 }))))
        expect(atOnce).toEqual(alone)
      })
    })

    describe("reindex", () => {
      it("rebuilds the index from scratch through the operator's API", async () => {
        const before = await search({ take: 0 })
        const { hits } = await search({ q: "silk", take: 5 })
        // Lose some documents, as a crashed engine might.
        await searchModule().deleteDocuments({ index: "product", filters: { id: hits.map((hit) => hit.id) } })
        // Store answers are reused for a few seconds (STORE_SEARCH_CACHE_SECONDS).
        await eventually(async () => {
          expect((await search({ take: 0 })).metadata.count).toEqual((before.metadata.count ?? 0) - hits.length)
        })

        const operator = await createOperatorHeaders(container, api, "reindexer@sipakam.test")
        const response = await api.post("/admin/search-indexes/product/reindex", {}, operator)
        expect(response.status).toEqual(202)

        await eventually(async () => {
          expect((await search({ take: 0 })).metadata.count).toEqual(before.metadata.count)
        }, 60_000)
      })
    })
  },
})
