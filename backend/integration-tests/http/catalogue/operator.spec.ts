import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ProductStatus } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { createOperatorHeaders } from "../../fixtures/operator"
import { createProducerWithLogin, type ProducerLoginType } from "../../fixtures/producers"
import {
  createMaker,
  createStoreSetup,
  type HeadersType,
  productBody,
} from "./fixtures"

jest.setTimeout(120_000)

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let container: MedusaContainer
    let store: Awaited<ReturnType<typeof createStoreSetup>>
    let operator: HeadersType
    let group: ProducerLoginType
    let trustedGroup: ProducerLoginType
    let maker: Awaited<ReturnType<typeof createMaker>>

    const statusOf = (promise: Promise<unknown>) =>
      promise.then(
        () => 200,
        (error: { response?: { status: number } }) => error.response?.status ?? 0
      )
    const propose = async (sku: string, title = "Naga scale hol silk scarf") => {
      const response = await api.post(
        "/producer/products",
        productBody({ title, maker_ids: [maker.makerId] }, sku),
        group.headers
      )
      return response.data.product as { id: string; handle: string; status: string }
    }
    const queue = async () => {
      const response = await api.get("/admin/product-reviews", operator)
      return response.data
    }
    const inStore = async (handle: string) => {
      const response = await api.get(`/store/products?handle=${handle}`, store.storeHeaders)
      return response.data.products.length > 0
    }

    beforeAll(async () => {
      container = getContainer()
      store = await createStoreSetup(container)
      operator = await createOperatorHeaders(container, api, "operator@sipakam.test")
      group = await createProducerWithLogin(container, api, {
        handle: "kreung-weavers",
        email: "coordinator@kreung.test",
      })
      trustedGroup = await createProducerWithLogin(container, api, {
        handle: "takeo-silk",
        email: "coordinator@takeo.test",
        trusted: true,
      })
      maker = await createMaker(container, {
        groupId: group.groupId,
        firstName: "Sreymom",
        consent: true,
      })
    })

    it("is reserved to operators", async () => {
      const product = await propose("AUTH")
      for (const headers of [undefined, group.headers]) {
        expect(await statusOf(api.get("/admin/product-reviews", headers))).toEqual(401)
        expect(
          await statusOf(api.post(`/admin/product-reviews/${product.id}/approve`, {}, headers))
        ).toEqual(401)
        expect(
          await statusOf(
            api.post(`/admin/product-reviews/${product.id}/reject`, { reason: "No" }, headers)
          )
        ).toEqual(401)
      }
      expect((await queue()).products.map((item: { id: string }) => item.id)).toEqual([product.id])
    })

    it("lists proposed listings with their group, heritage, makers and minor-unit prices", async () => {
      const first = await propose("FIRST")
      const second = await propose("SECOND", "Kreung backstrap blanket")
      await api.post("/producer/products", productBody({}, "TRUSTED"), trustedGroup.headers)

      const data = await queue()

      expect(data.count).toEqual(2)
      expect(data.products.map((item: { id: string }) => item.id)).toEqual([first.id, second.id])
      expect(data.products[0]).toMatchObject({
        status: ProductStatus.PROPOSED,
        producer_group: {
          id: group.groupId,
          handle: "kreung-weavers",
          trusted: false,
          status: "active",
        },
        heritage_profile: { craft: "hol-silk", province: "takeo" },
        makers: [{ id: maker.publicMakerId, display_name: "Sreymom" }],
      })
      const prices = data.products[0].variants.flatMap(
        (variant: { prices: unknown[] }) => variant.prices
      )
      expect(prices).toEqual(
        expect.arrayContaining([
          { currency_code: "usd", amount: 1999 },
          { currency_code: "eur", amount: 1850 },
          { currency_code: "usd", amount: 4550 },
        ])
      )
      const page = await api.get("/admin/product-reviews?limit=1&offset=1", operator)
      expect(page.data).toMatchObject({ count: 2, limit: 1, offset: 1 })
      expect(page.data.products.map((item: { id: string }) => item.id)).toEqual([second.id])
    })

    it("approves a listing into the store, once", async () => {
      const product = await propose("APPROVE")
      expect(await inStore(product.handle)).toBe(false)

      const response = await api.post(`/admin/product-reviews/${product.id}/approve`, {}, operator)

      expect(response.data.product).toEqual({ id: product.id, status: ProductStatus.PUBLISHED })
      expect(await inStore(product.handle)).toBe(true)
      expect((await queue()).count).toEqual(0)
      expect(
        await statusOf(api.post(`/admin/product-reviews/${product.id}/approve`, {}, operator))
      ).toEqual(404)
      expect(
        await statusOf(
          api.post(`/admin/product-reviews/${product.id}/reject`, { reason: "Late" }, operator)
        )
      ).toEqual(404)
      expect(
        await statusOf(api.post("/admin/product-reviews/prod_missing/approve", {}, operator))
      ).toEqual(404)
    })

    it("rejects with a reason the group reads, and reviews the listing again once edited", async () => {
      const product = await propose("REJECT")

      const response = await api.post(
        `/admin/product-reviews/${product.id}/reject`,
        { reason: "The photos show a different scarf." },
        operator
      )

      expect(response.data.product).toEqual({ id: product.id, status: ProductStatus.REJECTED })
      expect((await queue()).count).toEqual(0)
      expect(await inStore(product.handle)).toBe(false)
      const seen = await api.get(`/producer/products/${product.id}`, group.headers)
      expect(seen.data.product).toMatchObject({
        status: ProductStatus.REJECTED,
        review_rejection_reason: "The photos show a different scarf.",
      })

      // A price change alone is no answer to the rejection; new texts are.
      const variant = seen.data.product.variants[0]
      const priced = await api.post(
        `/producer/products/${product.id}`,
        { variants: [{ id: variant.id, prices: [{ currency_code: "usd", amount: 2100 }] }] },
        group.headers
      )
      expect(priced.data.product.status).toEqual(ProductStatus.REJECTED)
      const edited = await api.post(
        `/producer/products/${product.id}`,
        { description: "Weft-ikat silk; photographed on the loom." },
        group.headers
      )
      expect(edited.data.product.status).toEqual(ProductStatus.PROPOSED)
      expect((await queue()).products[0]).toMatchObject({
        id: product.id,
        metadata: { review_rejection_reason: "The photos show a different scarf." },
      })

      await api.post(`/admin/product-reviews/${product.id}/approve`, {}, operator)
      const approved = await api.get(`/producer/products/${product.id}`, group.headers)
      expect(approved.data.product).toMatchObject({
        status: ProductStatus.PUBLISHED,
        review_rejection_reason: null,
      })
    })

    it("changes nothing on bad input", async () => {
      const product = await propose("BAD")
      const reject = `/admin/product-reviews/${product.id}/reject`
      for (const body of [
        {},
        { reason: "" },
        { reason: "   " },
        { reason: "x".repeat(1001) },
        { reason: 42 },
        { reason: "Blurry photos", status: ProductStatus.PUBLISHED },
      ]) {
        expect(await statusOf(api.post(reject, body, operator))).toEqual(400)
      }
      expect(
        await statusOf(
          api.post(reject, '{"reason": "Blurry', {
            headers: { ...operator.headers, "content-type": "application/json" },
          })
        )
      ).toEqual(400)
      expect(
        await statusOf(
          api.post(`/admin/product-reviews/${product.id}/approve`, { status: "rejected" }, operator)
        )
      ).toEqual(400)
      for (const params of [
        "limit=0",
        "limit=x",
        "offset=-1",
        "status=published",
        "fields=*producer_group.account",
      ]) {
        expect(await statusOf(api.get(`/admin/product-reviews?${params}`, operator))).toEqual(400)
      }

      const data = await queue()
      expect(data.products).toEqual([
        expect.objectContaining({ id: product.id, status: ProductStatus.PROPOSED }),
      ])
      expect(data.products[0].metadata?.review_rejection_reason).toBeUndefined()
    })
  },
})
