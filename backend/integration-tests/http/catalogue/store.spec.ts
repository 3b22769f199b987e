import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  createCustomerGroupsWorkflow,
  createPriceListsWorkflow,
  linkCustomersToCustomerGroupWorkflow,
} from "@medusajs/medusa/core-flows"
import type { MedusaContainer } from "@medusajs/framework/types"
import { eventually } from "../../fixtures/eventually"
import { createOperatorHeaders } from "../../fixtures/operator"
import { createProducerWithLogin, type ProducerLoginType } from "../../fixtures/producers"
import { PRODUCER_MODULE } from "../../../src/modules/producer"
import type ProducerModuleService from "../../../src/modules/producer/service"
import { KHMER_LOCALE } from "@sipakam/shared"
import { createMaker, createStoreSetup, productBody } from "./fixtures"

jest.setTimeout(120_000)

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let container: MedusaContainer
    let store: Awaited<ReturnType<typeof createStoreSetup>>
    let group: ProducerLoginType
    let pendingGroup: ProducerLoginType
    let makers: Awaited<ReturnType<typeof createMaker>>[]

    const publish = async (login: ProducerLoginType, sku: string, overrides = {}) => {
      const response = await api.post(
        "/producer/products",
        productBody(overrides, sku),
        login.headers
      )
      return response.data.product as { id: string; handle: string }
    }
    const storeGet = async (path: string) => (await api.get(path, store.storeHeaders)).data

    beforeAll(async () => {
      container = getContainer()
      store = await createStoreSetup(container)
      group = await createProducerWithLogin(container, api, {
        handle: "bati-weavers",
        email: "coordinator@bati.test",
        trusted: true,
      })
      pendingGroup = await createProducerWithLogin(container, api, {
        handle: "new-weavers",
        email: "coordinator@new.test",
        trusted: true,
        status: "pending",
      })
      const producers: ProducerModuleService = container.resolve(PRODUCER_MODULE)
      await producers.createProducerGroupAccounts({
        group_id: group.groupId,
        contact_phone: "+855 12 345 678",
        payout_method: "aba",
        payout_details: { account_number: "000 111 222" },
      })
      makers = [
        await createMaker(container, {
          groupId: group.groupId,
          firstName: "Sophea",
          consent: true,
        }),
        await createMaker(container, { groupId: group.groupId, firstName: "Dara", consent: false }),
      ]
      const translation = container.resolve(Modules.TRANSLATION)
      const [khmer] = await translation.listLocales({ code: KHMER_LOCALE.code })
      if (!khmer) {
        await translation.createLocales([KHMER_LOCALE])
      }
    })

    it("shows a product's group, credited makers and heritage through fields", async () => {
      const product = await publish(group, "LINKED", {
        maker_ids: makers.map((maker) => maker.makerId),
      })
      const fields = "fields=*producer_group,*makers,*heritage_profile"

      const [listed] = (await storeGet(`/store/products?handle=${product.handle}&${fields}`))
        .products
      const { product: retrieved } = await storeGet(`/store/products/${product.id}?${fields}`)

      for (const found of [listed, retrieved]) {
        expect(found.producer_group).toMatchObject({
          id: group.groupId,
          handle: "bati-weavers",
          name: "Group bati-weavers",
          province: "siem-reap",
        })
        expect(found.heritage_profile).toMatchObject({
          craft: "hol-silk",
          technique: "Weft ikat tied by hand",
          materials: ["silk", "lac", "indigo"],
          natural_dyes: ["lac", "indigo"],
          hours_to_make: 40,
        })
        const names = found.makers
          .map((maker: { display_name: string }) => maker.display_name)
          .sort()
        expect(names).toEqual(["An artisan of Group bati-weavers", "Sophea"])
        expect(
          found.makers.find((maker: { has_public_profile: boolean }) => !maker.has_public_profile)
        ).toMatchObject({
          handle: null,
          story: null,
          portrait_url: null,
        })
      }

      const chosen = await storeGet(
        `/store/products/${product.id}?fields=id,producer_group.name,makers.display_name,heritage_profile.craft`
      )
      expect(chosen.product.producer_group).toEqual({
        id: group.groupId,
        name: "Group bati-weavers",
      })
      expect(chosen.product.heritage_profile).toEqual({ id: expect.any(String), craft: "hol-silk" })
    })

    it("serves the heritage profile's Khmer texts for ?locale=km-KH", async () => {
      const product = await publish(group, "KHMER")
      const { product: khmer } = await storeGet(
        `/store/products/${product.id}?locale=${KHMER_LOCALE.code}&fields=title,*heritage_profile`
      )
      expect(khmer.title).toEqual("ក្រមាសូត្រហូល")
      expect(khmer.heritage_profile.technique).toEqual("ចងហូល")
      expect(khmer.heritage_profile.care).toEqual("Hand wash cold.")
    })

    it("never reaches the group's account, members or other private data", async () => {
      const product = await publish(group, "PRIVATE", { maker_ids: [makers[0].makerId] })
      for (const fields of [
        "*producer_group",
        "+*producer_group",
        "producer_group.*",
        "producer_group.account.payout_details",
        "*producer_group.account",
        "*producer_group.members",
        "producer_group.members.email",
        "producer_group.commission_rate_bps",
        "*producer_group.makers",
        "makers.group.account.payout_details",
      ]) {
        const { product: found } = await storeGet(
          `/store/products/${product.id}?fields=id,${fields}`
        )
        const [listed] = (
          await storeGet(`/store/products?handle=${product.handle}&fields=id,${fields}`)
        ).products
        for (const body of [found, listed]) {
          const text = JSON.stringify(body)
          expect(text).not.toContain("000 111 222")
          expect(text).not.toContain("coordinator@bati.test")
          for (const internal of ["commission_rate_bps", "trusted", "account"]) {
            expect(text).not.toContain(`"${internal}"`)
          }
          expect(body.producer_group?.account).toBeUndefined()
          expect(body.producer_group?.members).toBeUndefined()
          expect(body.producer_group?.makers).toBeUndefined()
        }
      }
    })

    it("answers again from its cache, and afresh once the catalogue changed, empty answers included", async () => {
      const byHandle = "/store/products?handle=fresh-hol-scarf&fields=id,title"
      expect((await storeGet(byHandle)).products).toEqual([])

      const product = await publish(group, "FRESH", { handle: "fresh-hol-scarf" })
      await eventually(async () => {
        expect((await storeGet(byHandle)).products).toEqual([{ id: product.id, title: "Naga scale hol silk scarf" }])
      })
      const page = `/store/products/${product.id}?fields=id,title`
      expect((await storeGet(page)).product.title).toEqual("Naga scale hol silk scarf")

      await api.post(`/producer/products/${product.id}`, { title: "Lotus hol silk scarf" }, group.headers)
      await eventually(async () => {
        expect((await storeGet(byHandle)).products[0]?.title).toEqual("Lotus hol silk scarf")
        expect((await storeGet(page)).product.title).toEqual("Lotus hol silk scarf")
      })
    })

    it("serves a repeated list or page from its cache, without querying the products again", async () => {
      const product = await publish(group, "REPEAT", { handle: "repeated-hol-scarf" })
      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const graph = jest.spyOn(query, "graph")
      const productQueries = () =>
        graph.mock.calls.filter(([config]) => (config as { entity?: string }).entity === "product").length
      try {
        for (const path of [`/store/products?handle=repeated-hol-scarf&fields=id,title`, `/store/products/${product.id}?fields=id`]) {
          const before = productQueries()
          const first = await storeGet(path)
          expect({ path, queried: productQueries() > before }).toEqual({ path, queried: true })
          // Once an answer is kept (events of the publication may still bump the catalogue's
          // version in between), the same request is answered without the product query.
          await eventually(async () => {
            const queried = productQueries()
            expect(await storeGet(path)).toEqual(first)
            expect({ path, queries: productQueries() - queried }).toEqual({ path, queries: 0 })
          })
        }
      } finally {
        graph.mockRestore()
      }
    })

    it("never serves a shopper's cached answer to a signed-in customer, whose prices may differ", async () => {
      const product = await publish(group, "MEMBER", { handle: "member-price-scarf" })
      const email = "member@sipakam.test"
      const password = "member-password-1"
      const registered = await api.post("/auth/customer/emailpass/register", { email, password }, store.storeHeaders)
      const { data: created } = await api.post(
        "/store/customers",
        { email },
        { headers: { ...store.storeHeaders.headers, authorization: `Bearer ${registered.data.token}` } }
      )
      const login = await api.post("/auth/customer/emailpass", { email, password }, store.storeHeaders)
      const member = { headers: { ...store.storeHeaders.headers, authorization: `Bearer ${login.data.token}` } }

      const {
        result: [members],
      } = await createCustomerGroupsWorkflow(container).run({ input: { customersData: [{ name: "Hotel partners" }] } })
      await linkCustomersToCustomerGroupWorkflow(container).run({
        input: { id: members.id, add: [created.customer.id] },
      })
      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const {
        data: [variant],
      } = await query.graph({ entity: "product_variant", fields: ["id"], filters: { sku: "MEMBER-S" } })
      await createPriceListsWorkflow(container).run({
        input: {
          price_lists_data: [
            {
              title: "Hotel partners",
              description: "Wholesale prices",
              status: "active",
              rules: { "customer.groups.id": [members.id] },
              prices: [{ variant_id: variant.id, currency_code: "usd", amount: 15 }],
            },
          ],
        },
      })

      const page = `/store/products/${product.id}?fields=id,variants.sku,*variants.calculated_price&region_id=${store.usdRegionId}`
      const smallPrice = (body: { product: { variants: { sku: string; calculated_price: { calculated_amount: number } }[] } }) =>
        body.product.variants.find((entry) => entry.sku === "MEMBER-S")?.calculated_price.calculated_amount
      await eventually(async () => {
        expect(smallPrice(await storeGet(page))).toEqual(19.99)
      })
      expect(smallPrice(await storeGet(page))).toEqual(19.99)

      expect(smallPrice((await api.get(page, member)).data)).toEqual(15)
    })

    it("shows stock set in Medusa's admin, though the answer before it was cached", async () => {
      const product = await publish(group, "RESTOCK", { handle: "restocked-hol-scarf" })
      const page = `/store/products/${product.id}?fields=id,variants.sku,+variants.inventory_quantity`
      const smallStock = async () =>
        (await storeGet(page)).product.variants.find((variant: { sku: string }) => variant.sku === "RESTOCK-S")
          ?.inventory_quantity
      await eventually(async () => {
        expect(await smallStock()).toEqual(7)
      })

      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const {
        data: [variant],
      } = await query.graph({
        entity: "product_variant",
        fields: ["inventory_items.inventory_item_id", "inventory_items.inventory.location_levels.location_id"],
        filters: { sku: "RESTOCK-S" },
      })
      const [link] = variant.inventory_items ?? []
      const [level] = link?.inventory?.location_levels ?? []
      const operator = await createOperatorHeaders(container, api)
      await api.post(
        `/admin/inventory-items/${link?.inventory_item_id}/location-levels/${level?.location_id}`,
        { stocked_quantity: 3 },
        operator
      )

      await eventually(async () => {
        expect(await smallStock()).toEqual(3)
      })
    })

    it("lists only active groups' published products", async () => {
      const sold = await publish(group, "SOLD")
      const hidden = await publish(pendingGroup, "HIDDEN")

      const { products } = await storeGet("/store/products?fields=id")
      const ids = products.map((item: { id: string }) => item.id)

      expect(ids).toContain(sold.id)
      expect(ids).not.toContain(hidden.id)
      expect(
        await api
          .get(`/store/products/${hidden.id}`, store.storeHeaders)
          .catch((error: { response: { status: number } }) => error.response.status)
      ).toEqual(404)
    })
  },
})
