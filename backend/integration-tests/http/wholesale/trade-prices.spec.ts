import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, createWorkflow } from "@medusajs/framework/workflows-sdk"
import { TRADE_PRICE_LIST } from "../../../src/modules/wholesale/trade-price-list"
import { approveCompanyWorkflow } from "../../../src/workflows/wholesale/workflows/approve-company"
import {
  setTradeTermsWorkflow,
  type SetTradeTermsWorkflowInput,
} from "../../../src/workflows/wholesale/workflows/set-trade-terms"
import { suspendCompanyWorkflow } from "../../../src/workflows/wholesale/workflows/suspend-company"
import { createProducerWithLogin, type ProducerLoginType } from "../../fixtures/producers"
import {
  countRows,
  createWholesaleStore,
  type AsType,
  type CustomerLoginType,
  type WholesaleStoreType,
} from "../../fixtures/wholesale"
import { createStoreSetup, productBody } from "../catalogue/fixtures"

jest.setTimeout(120_000)

/** Sets trade terms, then fails: every write must be undone, the price list's creation too. */
const failStep = createStep("test-fail-after-trade-terms", async () => {
  throw new Error("Notification gateway unreachable")
})
const setThenFailWorkflow = createWorkflow(
  "test-set-trade-terms-then-fail",
  (input: SetTradeTermsWorkflowInput) => {
    setTradeTermsWorkflow.runAsStep({ input })
    failStep()
  }
)

type VariantType = { id: string; sku: string }
type ProductType = { id: string; small: string; large: string }
type TradePriceListType = {
  id: string
  type: string
  price_list_rules: { attribute: string; value: unknown }[]
  prices: { amount: number | string; price_set_id: string }[]
}
type CalculatedVariantType = {
  id: string
  calculated_price?: { calculated_amount: number; original_amount: number } | null
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let container: MedusaContainer
    let setup: Awaited<ReturnType<typeof createStoreSetup>>
    let store: WholesaleStoreType
    let group: ProducerLoginType
    let otherGroup: ProducerLoginType
    let tradeBuyer: CustomerLoginType
    let appliedBuyer: CustomerLoginType
    let suspendedBuyer: CustomerLoginType
    let retailCustomer: CustomerLoginType
    let guest: AsType

    const producer = (login: ProducerLoginType, headers: Record<string, string> = {}) => ({
      headers: { ...login.headers.headers, ...headers },
      validateStatus: () => true,
    })
    /** A product of the group (trusted: on sale at once): Small USD 19.99, Large USD 45.50. */
    const publish = async (login: ProducerLoginType, sku: string): Promise<ProductType> => {
      const response = await api.post("/producer/products", productBody({}, sku), producer(login))
      expect(response.status).toBe(200)
      const variants = response.data.product.variants as VariantType[]
      return {
        id: response.data.product.id,
        small: variants.find((variant) => variant.sku === `${sku}-S`)!.id,
        large: variants.find((variant) => variant.sku === `${sku}-L`)!.id,
      }
    }
    const setTerms = (login: ProducerLoginType, productId: string, variants: unknown[], headers = {}) =>
      api.post(`/producer/products/${productId}/trade-terms`, { variants }, producer(login, headers))
    const getTerms = (login: ProducerLoginType, productId: string) =>
      api.get(`/producer/products/${productId}/trade-terms`, producer(login))
    /** The calculated prices (major units) of a product's variants, for `as`, in USD. */
    const calculatedPrices = async (as: AsType, productId: string) => {
      const fields = "fields=id,*variants.calculated_price"
      const [listed, retrieved] = await Promise.all([
        api.get(`/store/products?id=${productId}&region_id=${setup.usdRegionId}&${fields}`, as),
        api.get(`/store/products/${productId}?region_id=${setup.usdRegionId}&${fields}`, as),
      ])
      expect([listed.status, retrieved.status]).toEqual([200, 200])
      const amounts = (variants: CalculatedVariantType[]) =>
        Object.fromEntries(variants.map((variant) => [variant.id, variant.calculated_price?.calculated_amount]))
      const fromList = amounts(listed.data.products[0].variants)
      expect(amounts(retrieved.data.product.variants)).toEqual(fromList)
      return fromList
    }
    const tradePriceListPrices = async () => {
      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({
        entity: "price_list",
        fields: ["id", "type", "price_list_rules.attribute", "price_list_rules.value", "prices.amount", "prices.price_set_id"],
        filters: { title: TRADE_PRICE_LIST.title },
      })
      return data as unknown as TradePriceListType[]
    }

    beforeAll(async () => {
      container = getContainer()
      setup = await createStoreSetup(container)
      store = await createWholesaleStore(container, api)
      guest = store.guest
      group = await createProducerWithLogin(container, api, {
        handle: "kampong-weavers",
        email: "coordinator@kampong.test",
        trusted: true,
      })
      otherGroup = await createProducerWithLogin(container, api, {
        handle: "takeo-weavers",
        email: "coordinator@takeo.test",
        trusted: true,
      })
      const approved = await store.registerApplicant("admin@trade-hotel.test")
      tradeBuyer = approved.admin
      await approveCompanyWorkflow(container).run({ input: { id: approved.companyId } })
      appliedBuyer = (await store.registerApplicant("admin@applying-hotel.test")).admin
      const suspended = await store.registerApplicant("admin@suspended-hotel.test")
      suspendedBuyer = suspended.admin
      await approveCompanyWorkflow(container).run({ input: { id: suspended.companyId } })
      await suspendCompanyWorkflow(container).run({ input: { id: suspended.companyId, reason: "Unpaid invoices" } })
      retailCustomer = await store.registerCustomer("tourist@trade-suite.test")
    })

    describe("producer: /producer/products/:id/trade-terms", () => {
      it("sets, shows and changes a variant's trade price, minimum and case pack", async () => {
        const product = await publish(group, "SET")

        const set = await setTerms(group, product.id, [
          { variant_id: product.small, trade_price: 1500, min_quantity: 6, case_pack: 3 },
        ])

        expect(set.status).toBe(200)
        const expected = { variant_id: product.small, trade_price: 1500, currency_code: "usd", min_quantity: 6, case_pack: 3 }
        expect(set.data).toEqual({ product_id: product.id, trade_terms: [expected] })
        expect((await getTerms(group, product.id)).data.trade_terms).toEqual([expected])

        const changed = await setTerms(group, product.id, [
          { variant_id: product.small, trade_price: 1250, min_quantity: 4, case_pack: 2 },
          { variant_id: product.large, trade_price: 4550, min_quantity: 1, case_pack: 1 },
        ])
        expect(changed.status).toBe(200)
        const byVariant = <T extends { variant_id: string }>(terms: T[]) =>
          [...terms].sort((a, b) => a.variant_id.localeCompare(b.variant_id))
        expect(byVariant((await getTerms(group, product.id)).data.trade_terms)).toEqual(
          byVariant([
            { ...expected, trade_price: 1250, min_quantity: 4, case_pack: 2 },
            { variant_id: product.large, trade_price: 4550, currency_code: "usd", min_quantity: 1, case_pack: 1 },
          ])
        )

        // One sale price list for the trade buyers group, one price per variant.
        const [list, ...others] = await tradePriceListPrices()
        expect(others).toEqual([])
        expect(list.type).toBe("sale")
        expect(list.price_list_rules).toEqual([expect.objectContaining({ attribute: "customer.groups.id" })])
        expect(list.prices.map((price) => Number(price.amount)).sort()).toEqual([12.5, 45.5])
        // The group's own listing still shows its retail prices only.
        const own = await api.get(`/producer/products/${product.id}`, producer(group))
        const small = own.data.product.variants.find((variant: { id: string }) => variant.id === product.small)
        expect(small.prices).toHaveLength(2)
        expect(small.prices).toEqual(
          expect.arrayContaining([
            { currency_code: "usd", amount: 1999 },
            { currency_code: "eur", amount: 1850 },
          ])
        )
      })

      it("refuses a trade price above retail with 400 naming the variant, and changes nothing", async () => {
        const product = await publish(group, "ABOVE")
        await setTerms(group, product.id, [{ variant_id: product.small, trade_price: 1500, min_quantity: 6, case_pack: 3 }])
        const terms = await countRows(container, "trade_terms")
        const before = await tradePriceListPrices()

        const response = await setTerms(group, product.id, [
          { variant_id: product.small, trade_price: 1000, min_quantity: 2, case_pack: 2 },
          { variant_id: product.large, trade_price: 4551, min_quantity: 1, case_pack: 1 },
        ])

        expect(response.status).toBe(400)
        expect(response.data.message).toContain(product.large)
        expect(response.data.message).toMatch(/above its retail price/)
        expect((await getTerms(group, product.id)).data.trade_terms).toEqual([
          expect.objectContaining({ variant_id: product.small, trade_price: 1500, min_quantity: 6, case_pack: 3 }),
        ])
        expect(await countRows(container, "trade_terms")).toBe(terms)
        expect(await tradePriceListPrices()).toEqual(before)
      })

      it("answers 404 for another group's product and for a variant of another product; nothing is created", async () => {
        const theirs = await publish(otherGroup, "THEIRS")
        const mine = await publish(group, "MINE")
        const terms = { trade_price: 1000, min_quantity: 1, case_pack: 1 }

        const responses = [
          await setTerms(group, theirs.id, [{ variant_id: theirs.small, ...terms }]),
          await getTerms(group, theirs.id),
          await api.delete(`/producer/products/${theirs.id}/trade-terms/${theirs.small}`, producer(group)),
          await setTerms(group, mine.id, [{ variant_id: theirs.small, ...terms }]),
          await api.delete(`/producer/products/${mine.id}/trade-terms/${theirs.small}`, producer(group)),
          await setTerms(group, "prod_missing", [{ variant_id: mine.small, ...terms }]),
        ]

        expect(responses.map((response) => response.status)).toEqual([404, 404, 404, 404, 404, 404])
        expect(await countRows(container, "trade_terms")).toBe(0)
        expect(await tradePriceListPrices()).toEqual([])
      })

      it("removes a variant's trade terms and price: buyers pay retail again", async () => {
        const product = await publish(group, "REMOVE")
        await setTerms(group, product.id, [
          { variant_id: product.small, trade_price: 1500, min_quantity: 6, case_pack: 3 },
          { variant_id: product.large, trade_price: 4000, min_quantity: 2, case_pack: 1 },
        ])
        expect((await calculatedPrices(tradeBuyer.as, product.id))[product.small]).toBe(15)

        const removed = await api.delete(`/producer/products/${product.id}/trade-terms/${product.small}`, producer(group))

        expect(removed.status).toBe(200)
        expect(removed.data).toEqual({ id: product.small, object: "trade_terms", deleted: true })
        expect((await getTerms(group, product.id)).data.trade_terms).toEqual([
          expect.objectContaining({ variant_id: product.large, trade_price: 4000 }),
        ])
        expect(await calculatedPrices(tradeBuyer.as, product.id)).toEqual({ [product.small]: 19.99, [product.large]: 40 })
        // Removing what is not there any more is no error.
        const again = await api.delete(`/producer/products/${product.id}/trade-terms/${product.small}`, producer(group))
        expect(again.status).toBe(200)
      })

      it("undoes everything when a later step fails, the trade price list's creation too", async () => {
        const product = await publish(group, "UNDO")

        const { errors } = await setThenFailWorkflow(container).run({
          input: {
            group_id: group.groupId,
            product_id: product.id,
            variants: [{ variant_id: product.small, trade_price: 1500, min_quantity: 6, case_pack: 3 }],
          },
          throwOnError: false,
        })

        expect(errors[0].error.message).toMatch(/Notification gateway unreachable/)

        expect(await countRows(container, "trade_terms")).toBe(0)
        expect(await tradePriceListPrices()).toEqual([])
        expect((await calculatedPrices(tradeBuyer.as, product.id))[product.small]).toBe(19.99)
      })

      it("answers a retry with the same Idempotency-Key with the first answer", async () => {
        const product = await publish(group, "RETRY")
        const body = [{ variant_id: product.small, trade_price: 1500, min_quantity: 6, case_pack: 3 }]

        const first = await setTerms(group, product.id, body, { "Idempotency-Key": "trade-terms-1" })
        const retry = await setTerms(group, product.id, body, { "Idempotency-Key": "trade-terms-1" })
        const other = await setTerms(group, product.id, [{ ...body[0], trade_price: 1400 }], {
          "Idempotency-Key": "trade-terms-1",
        })

        expect([first.status, retry.status, other.status]).toEqual([200, 200, 422])
        expect(retry.headers["idempotent-replayed"]).toBe("true")
        expect(retry.data).toEqual(first.data)
        expect((await getTerms(group, product.id)).data.trade_terms[0].trade_price).toBe(1500)
      })

      it.each([
        ["a fractional trade price", { trade_price: 15.5 }],
        ["a trade price as text", { trade_price: "1500" }],
        ["a zero trade price", { trade_price: 0 }],
        ["a minimum of 0", { min_quantity: 0, case_pack: 1 }],
        ["a case pack of 0", { case_pack: 0 }],
        ["a fractional case pack", { case_pack: 1.5 }],
        ["a minimum that is not whole case packs", { min_quantity: 5, case_pack: 3 }],
        ["an unknown field", { currency_code: "eur" }],
        ["no variant id", { variant_id: undefined }],
      ])("refuses %s with 400 and changes nothing", async (_case, change) => {
        const product = await publish(group, "BAD")
        const response = await setTerms(group, product.id, [
          { variant_id: product.small, trade_price: 1500, min_quantity: 6, case_pack: 3, ...change },
        ])
        expect(response.status).toBe(400)
        expect(await countRows(container, "trade_terms")).toBe(0)
      })

      it("refuses an empty list, a variant twice and an unknown top-level field with 400", async () => {
        const product = await publish(group, "LIST")
        const terms = { variant_id: product.small, trade_price: 1500, min_quantity: 6, case_pack: 3 }
        const responses = [
          await api.post(`/producer/products/${product.id}/trade-terms`, { variants: [] }, producer(group)),
          await api.post(`/producer/products/${product.id}/trade-terms`, { variants: [terms, terms] }, producer(group)),
          await api.post(`/producer/products/${product.id}/trade-terms`, { variants: [terms], group_id: "pgrp_x" }, producer(group)),
          await api.get(`/producer/products/${product.id}/trade-terms?fields=*`, producer(group)),
        ]
        expect(responses.map((response) => response.status)).toEqual([400, 400, 400, 400])
        expect(await countRows(container, "trade_terms")).toBe(0)
      })
    })

    describe("store: who sees the trade price", () => {
      let product: ProductType
      let otherProduct: ProductType

      beforeEach(async () => {
        product = await publish(group, "SEEN")
        otherProduct = await publish(otherGroup, "SEEN2")
        expect(
          (await setTerms(group, product.id, [{ variant_id: product.small, trade_price: 1500, min_quantity: 6, case_pack: 3 }]))
            .status
        ).toBe(200)
        expect(
          (await setTerms(otherGroup, otherProduct.id, [{ variant_id: otherProduct.large, trade_price: 3000, min_quantity: 2, case_pack: 2 }]))
            .status
        ).toBe(200)
      })

      it("gives an approved company's buyer the trade price as calculated_price", async () => {
        expect(await calculatedPrices(tradeBuyer.as, product.id)).toEqual({ [product.small]: 15, [product.large]: 45.5 })
        expect(await calculatedPrices(tradeBuyer.as, otherProduct.id)).toEqual({
          [otherProduct.small]: 19.99,
          [otherProduct.large]: 30,
        })
        const page = await api.get(
          `/store/products/${product.id}?region_id=${setup.usdRegionId}&fields=id,*variants.calculated_price`,
          tradeBuyer.as
        )
        const small = page.data.product.variants.find((variant: { id: string }) => variant.id === product.small)
        // A sale price list: retail stays beside it as the original price.
        expect(small.calculated_price).toMatchObject({ calculated_amount: 15, original_amount: 19.99 })
      })

      it.each([
        ["a guest", () => guest],
        ["a retail customer", () => retailCustomer.as],
        ["a buyer of an applying company", () => appliedBuyer.as],
        ["a buyer of a suspended company", () => suspendedBuyer.as],
      ])("gives %s the retail price", async (_who, as) => {
        expect(await calculatedPrices(as(), product.id)).toEqual({ [product.small]: 19.99, [product.large]: 45.5 })
        expect(await calculatedPrices(as(), otherProduct.id)).toEqual({
          [otherProduct.small]: 19.99,
          [otherProduct.large]: 45.5,
        })
      })

      const PRICE_FIELDS = [
        "*variants.prices",
        "variants.prices.amount",
        "+variants.prices.price_list_id",
        "variants.prices.*",
        "*variants.prices.price_list",
        "variants.prices.price_list.title",
        "*variants.price_set",
        "variants.price_set.prices.amount",
        "*variants.price_set.prices",
        "variants.price_set.price_list.*",
        "*variants.price_set_link",
        "*price_list",
        "*price_lists",
        "*variants.price_list",
        "*variants.trade_terms",
        "*trade_terms",
        "*variants.calculated_price",
        "variants.calculated_price.*",
        "*variants",
        "*",
      ]

      it.each([
        ["a guest", () => guest],
        ["a retail customer", () => retailCustomer.as],
        ["a buyer of an applying company", () => appliedBuyer.as],
      ])("never shows %s a trade price or trade terms, whatever the fields", async (_who, as) => {
        const [list] = await tradePriceListPrices()
        const leaks = (body: unknown) => {
          const text = JSON.stringify(body)
          const around = (pattern: RegExp) => {
            const match = pattern.exec(text)
            return match ? [text.slice(Math.max(0, match.index - 80), match.index + 80)] : []
          }
          return [
            ...(text.includes(list.id) ? ["the trade price list id"] : []),
            ...around(/[:[,](15|30)(\.0+)?[,}\]]/),
            // A calculated price has min_quantity (of its price row) too: trade terms add case_pack.
            ...around(/trade_|case_pack/i),
          ]
        }
        const paths = PRICE_FIELDS.flatMap((fields) => [
          `/store/products?region_id=${setup.usdRegionId}&fields=${encodeURIComponent(fields)}`,
          `/store/products/${product.id}?region_id=${setup.usdRegionId}&fields=${encodeURIComponent(fields)}`,
          `/store/products/${otherProduct.id}?fields=${encodeURIComponent(fields)}`,
          `/store/product-variants?region_id=${setup.usdRegionId}&fields=${encodeURIComponent(fields.replace(/^([+*]?)variants\./, "$1"))}`,
          `/store/product-variants/${product.small}?region_id=${setup.usdRegionId}&fields=${encodeURIComponent(fields.replace(/^([+*]?)variants\./, "$1"))}`,
        ])
        for (const path of paths) {
          const response = await api.get(path, as())
          expect([path, response.status < 500]).toEqual([path, true])
          expect([path, leaks(response.data)]).toEqual([path, []])
        }
      })

      it("strips raw prices even for trade buyers: their price is calculated_price", async () => {
        const response = await api.get(
          `/store/products/${product.id}?region_id=${setup.usdRegionId}&fields=id,*variants.prices,*variants.calculated_price`,
          tradeBuyer.as
        )
        expect(response.status).toBe(200)
        for (const variant of response.data.product.variants) {
          expect(variant.prices).toBeUndefined()
        }
      })
    })

    describe("store: GET /store/wholesale/trade-terms", () => {
      let product: ProductType

      beforeEach(async () => {
        product = await publish(group, "TERMS")
        await setTerms(group, product.id, [{ variant_id: product.small, trade_price: 1500, min_quantity: 6, case_pack: 3 }])
      })

      it("gives an approved company's buyer the minimum, case pack and trade price", async () => {
        const response = await api.get(
          `/store/wholesale/trade-terms?variant_ids=${product.small},${product.large}`,
          tradeBuyer.as
        )
        expect(response.status).toBe(200)
        expect(response.data).toEqual({
          trade_terms: [{ variant_id: product.small, trade_price: 1500, currency_code: "usd", min_quantity: 6, case_pack: 3 }],
        })
        const repeated = await api.get(
          `/store/wholesale/trade-terms?variant_ids=${product.small}&variant_ids=${product.large}`,
          tradeBuyer.as
        )
        expect(repeated.data).toEqual(response.data)
      })

      it("is refused to a guest (401), a customer of no company (404) and buyers of an applying or suspended company (403)", async () => {
        const path = `/store/wholesale/trade-terms?variant_ids=${product.small}`
        const responses = await Promise.all([
          api.get(path, guest),
          api.get(path, retailCustomer.as),
          api.get(path, appliedBuyer.as),
          api.get(path, suspendedBuyer.as),
        ])
        expect(responses.map((response) => response.status)).toEqual([401, 404, 403, 403])
        for (const response of responses) {
          expect(JSON.stringify(response.data)).not.toMatch(/1500|min_quantity|case_pack/)
        }
      })

      it.each([
        ["no variant ids", ""],
        ["an empty id", "?variant_ids="],
        ["an unknown parameter", `?variant_ids=${"x"}&company_id=comp_1`],
        ["too many ids", `?variant_ids=${Array.from({ length: 101 }, (_, index) => `variant_${index}`).join(",")}`],
      ])("refuses %s with 400", async (_case, search) => {
        expect((await api.get(`/store/wholesale/trade-terms${search}`, tradeBuyer.as)).status).toBe(400)
      })
    })
  },
})
