import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules, ProductStatus } from "@medusajs/framework/utils"
import { updateStoresWorkflow } from "@medusajs/medusa/core-flows"
import type { MedusaContainer } from "@medusajs/framework/types"
import { SETTLEMENT_MODULE } from "../../../src/modules/settlement"
import type SettlementModuleService from "../../../src/modules/settlement/service"
import { createProducerGroupWorkflow } from "../../../src/workflows/producer/workflows/create-producer-group"
import { retireMakerWorkflow } from "../../../src/workflows/producer/workflows/retire-maker"
import type { MakerFieldsType } from "../../../src/workflows/producer/steps/create-maker"
import { createGroupMaker, createGroupProduct, createStoreHeaders, type HeadersType } from "./fixtures"

jest.setTimeout(120_000)

type GroupStatusType = "pending" | "active" | "suspended"

/** Four artisans: three women, two of an indigenous people; two consented to be named. */
const CHANLEAS_MAKERS: MakerFieldsType[] = [
  { first_name: "Sophea", last_name: "Chan", crafts: ["silk-weaving"], gender: "female", people: "kreung", public_profile_consent: true, story: "Weaves hol since she was nine." },
  { first_name: "Dara", last_name: "Kim", crafts: ["silk-weaving"], gender: "female", people: "bunong", public_profile_consent: true },
  { first_name: "Bopha", last_name: "Secretname", crafts: ["silk-weaving"], gender: "female", people: "khmer", public_profile_consent: false, story: "Private story" },
  { first_name: "Vibol", last_name: "Hiddenname", crafts: ["silk-weaving"], gender: "male", public_profile_consent: false },
]

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let store: HeadersType

    beforeAll(async () => {
      const container = getContainer()
      store = await createStoreHeaders(container)
      // As the demo seed sets it: prices are shown in dollars unless asked otherwise.
      const [current] = await container.resolve(Modules.STORE).listStores({})
      await updateStoresWorkflow(container).run({
        input: {
          selector: { id: current.id },
          update: {
            supported_currencies: [
              { currency_code: "usd", is_default: true },
              { currency_code: "eur" },
            ],
          },
        },
      })
    })

    const status = (promise: Promise<unknown>) =>
      promise.then(
        (response) => (response as { status: number }).status,
        (error) => error.response?.status as number
      )

    /** A group in a given status, its products in the store's channel exactly when active. */
    const createGroup = async (
      container: MedusaContainer,
      handle: string,
      options: { status?: GroupStatusType; province?: string; story?: string } = {}
    ) => {
      const { result } = await createProducerGroupWorkflow(container).run({
        input: {
          handle,
          name: `Group ${handle}`,
          province: options.province ?? "siem-reap",
          status: options.status ?? "active",
          story: options.story ?? `The story of ${handle}.`,
        },
      })
      return { id: result.group.id, handle, listed: (options.status ?? "active") === "active" }
    }
    const addMakers = async (container: MedusaContainer, groupId: string, makers: MakerFieldsType[]) => {
      const created = []
      for (const maker of makers) {
        created.push(await createGroupMaker(container, groupId, maker))
      }
      return created
    }
    const retire = async (container: MedusaContainer, groupId: string, makerId: string) => {
      await retireMakerWorkflow(container).run({ input: { group_id: groupId, id: makerId } })
    }

    describe("GET /store/producers", () => {
      it("lists only active groups, with what the store sells and how many artisans", async () => {
        const container = getContainer()
        const longStory = `${"Silk ".repeat(100)}end`
        const active = await createGroup(container, "chanleas-dai", { story: longStory })
        await createGroup(container, "waiting", { status: "pending" })
        await createGroup(container, "stopped", { status: "suspended" })
        const other = await createGroup(container, "bunong-baskets", { province: "mondulkiri" })
        await createGroupProduct(container, { groupId: active.id, handle: "scarf", listed: true })
        await createGroupProduct(container, { groupId: active.id, handle: "sarong", listed: true })
        await createGroupProduct(container, { groupId: active.id, handle: "draft", listed: true, status: ProductStatus.DRAFT })
        const makers = await addMakers(container, active.id, CHANLEAS_MAKERS)
        await retire(container, active.id, makers[3].makerId)

        const response = await api.get("/store/producers", store)

        expect(response.data.count).toEqual(2)
        expect(response.data.producer_groups).toEqual([
          expect.objectContaining({ handle: "bunong-baskets", province: "mondulkiri", products_count: 0, artisans_count: 0 }),
          expect.objectContaining({ handle: "chanleas-dai", name: "Group chanleas-dai", province: "siem-reap", products_count: 2, artisans_count: 3 }),
        ])
        const chanleas = response.data.producer_groups[1]
        expect(chanleas.story_excerpt.length).toBeLessThanOrEqual(241)
        expect(chanleas.story_excerpt.endsWith("…")).toBe(true)
        expect(chanleas).not.toHaveProperty("status")
        expect(chanleas).not.toHaveProperty("commission_rate_bps")

        const mondulkiri = await api.get("/store/producers?province=mondulkiri", store)
        expect(mondulkiri.data.producer_groups.map((group: { id: string }) => group.id)).toEqual([other.id])
        const page = await api.get("/store/producers?limit=1&offset=1", store)
        expect(page.data).toMatchObject({ count: 2, limit: 1, offset: 1 })
        expect(page.data.producer_groups[0].handle).toEqual("chanleas-dai")
      })

      it("lists only the active groups named by handle", async () => {
        const container = getContainer()
        await createGroup(container, "prey-kabbas")
        await createGroup(container, "bunong-baskets")
        await createGroup(container, "kreung-weavers")
        await createGroup(container, "waiting", { status: "pending" })

        const handlesOf = (response: { data: { producer_groups: { handle: string }[] } }) =>
          response.data.producer_groups.map((group) => group.handle)
        const two = await api.get("/store/producers?handle=prey-kabbas,kreung-weavers,waiting", store)
        expect(handlesOf(two)).toEqual(["kreung-weavers", "prey-kabbas"])
        const one = await api.get("/store/producers?handle=bunong-baskets", store)
        expect(handlesOf(one)).toEqual(["bunong-baskets"])
        const handles = (count: number) => Array.from({ length: count }, (_, index) => `group-${index}`)
        const fifty = await api.get(`/store/producers?handle=prey-kabbas,${handles(49).join(",")}`, store)
        expect(handlesOf(fifty)).toEqual(["prey-kabbas"])
        expect(await status(api.get(`/store/producers?handle=${handles(101).join(",")}`, store))).toEqual(400)
      })

      it("answers only the fields asked for", async () => {
        const container = getContainer()
        const group = await createGroup(container, "prey-kabbas")
        await createGroupProduct(container, { groupId: group.id, handle: "scarf", listed: true })

        const names = await api.get("/store/producers?handle=prey-kabbas&fields=handle,name", store)
        expect(names.data.producer_groups).toEqual([{ handle: "prey-kabbas", name: "Group prey-kabbas" }])
        const counts = await api.get("/store/producers?fields=products_count,handle", store)
        expect(counts.data.producer_groups).toEqual([{ handle: "prey-kabbas", products_count: 1 }])
        expect(await status(api.get("/store/producers?fields=handle,status", store))).toEqual(400)
        expect(await status(api.get("/store/producers?fields=", store))).toEqual(400)
      })

      it("rejects bad query parameters and calls without a publishable key", async () => {
        for (const params of ["province=atlantis", "handle=Not%20A%20Handle", "handle=", "handle=a,,b", "handle=x&handle=y", "limit=0", "limit=abc", "offset=1.5", "status=pending", "x=1"]) {
          expect(await status(api.get(`/store/producers?${params}`, store))).toEqual(400)
        }
        expect(await status(api.get("/store/producers"))).toEqual(400)
      })
    })

    describe("GET /store/producers/:handle", () => {
      it("shows the story, the products, the current consenting makers only, and impact as totals", async () => {
        const container = getContainer()
        const group = await createGroup(container, "chanleas-dai")
        const makers = await addMakers(container, group.id, CHANLEAS_MAKERS)
        const [former] = await addMakers(container, group.id, [{ ...CHANLEAS_MAKERS[0], first_name: "Former" }])
        await retire(container, group.id, former.makerId)
        const scarf = await createGroupProduct(container, {
          groupId: group.id,
          handle: "scarf",
          listed: true,
          priceUsd: 2550,
          publicMakerIds: makers.map((maker) => maker.publicMakerId),
        })
        await createGroupProduct(container, { groupId: group.id, handle: "draft", listed: true, status: ProductStatus.DRAFT })

        const response = await api.get("/store/producers/chanleas-dai", store)

        const producer = response.data.producer_group
        expect(producer).toMatchObject({
          handle: "chanleas-dai",
          name: "Group chanleas-dai",
          province: "siem-reap",
          story: "The story of chanleas-dai.",
          photos: [],
          impact: { artisans: 4, women_percent: 75, indigenous_percent: 50 },
        })
        expect(producer.products).toEqual([
          {
            id: scarf,
            title: "Product scarf",
            handle: "scarf",
            thumbnail: "https://example.test/scarf.png",
            price: { amount: 2550, currency_code: "usd" },
          },
        ])
        expect(producer.makers.map((maker: { display_name: string }) => maker.display_name)).toEqual([
          "Dara Kim",
          "Sophea Chan",
        ])
        // A retired maker keeps the page their past work links to.
        expect(await status(api.get(`/store/makers/${former.handle}`, store))).toEqual(200)
        expect(producer.makers[1]).toMatchObject({
          handle: makers[0].handle,
          story: "Weaves hol since she was nine.",
          crafts: ["silk-weaving"],
        })
        const raw = JSON.stringify(response.data)
        for (const secret of ["Bopha", "Secretname", "Vibol", "Hiddenname", "Private story", makers[2].makerId]) {
          expect(raw).not.toContain(secret)
        }
        for (const privateKey of ['"gender"', '"people"', '"public_profile_consent"', '"commission_rate_bps"', '"account"']) {
          expect(raw).not.toContain(privateKey)
        }

        const inEuros = await api.get("/store/producers/chanleas-dai?currency_code=eur", store)
        expect(inEuros.data.producer_group.products[0].price).toBeNull()
      })

      it("publishes no shares for a group of fewer than three artisans", async () => {
        const container = getContainer()
        const small = await createGroup(container, "small")
        await addMakers(container, small.id, CHANLEAS_MAKERS.slice(0, 2))
        const shrunk = await createGroup(container, "shrunk")
        const shrunkMakers = await addMakers(container, shrunk.id, CHANLEAS_MAKERS.slice(0, 3))
        await retire(container, shrunk.id, shrunkMakers[0].makerId)

        const smallResponse = await api.get("/store/producers/small", store)
        const shrunkResponse = await api.get("/store/producers/shrunk", store)

        expect(smallResponse.data.producer_group.impact).toEqual({ artisans: 2, women_percent: null, indigenous_percent: null })
        expect(shrunkResponse.data.producer_group.impact).toEqual({ artisans: 2, women_percent: null, indigenous_percent: null })
      })

      it("is not found unless the group is active, and rejects bad parameters", async () => {
        const container = getContainer()
        await createGroup(container, "waiting", { status: "pending" })
        await createGroup(container, "stopped", { status: "suspended" })
        await createGroup(container, "open")

        expect(await status(api.get("/store/producers/waiting", store))).toEqual(404)
        expect(await status(api.get("/store/producers/stopped", store))).toEqual(404)
        expect(await status(api.get("/store/producers/nobody", store))).toEqual(404)
        for (const params of ["currency_code=USD", "currency_code=dollars", "fields=*account", "x=1"]) {
          expect(await status(api.get(`/store/producers/open?${params}`, store))).toEqual(400)
        }
      })
    })

    describe("GET /store/makers", () => {
      it("lists current consenting makers of active groups, Living Human Treasures first", async () => {
        const container = getContainer()
        const group = await createGroup(container, "chanleas-dai")
        await addMakers(container, group.id, [
          ...CHANLEAS_MAKERS,
          {
            first_name: "Ang",
            last_name: "Master",
            crafts: ["silk-weaving"],
            public_profile_consent: true,
            is_living_human_treasure: true,
            lht_year: 2012,
          },
        ])
        const [former] = await addMakers(container, group.id, [{ ...CHANLEAS_MAKERS[0], first_name: "Former" }])
        await retire(container, group.id, former.makerId)
        const stopped = await createGroup(container, "stopped", { status: "suspended" })
        await addMakers(container, stopped.id, [{ ...CHANLEAS_MAKERS[0], first_name: "Stopped" }])

        const { data } = await api.get("/store/makers", store)

        expect(data.makers.map((maker: { display_name: string }) => maker.display_name)).toEqual([
          "Ang Master",
          "Dara Kim",
          "Sophea Chan",
        ])
        expect(data.makers[0]).toMatchObject({
          is_living_human_treasure: true,
          lht_year: 2012,
          group: { handle: "chanleas-dai", name: "Group chanleas-dai" },
        })
        expect(data.count).toEqual(3)
        expect(JSON.stringify(data)).not.toMatch(/Secretname|Hiddenname|"gender"|"people"/)

        const treasures = await api.get("/store/makers?living_human_treasure=true&limit=1", store)
        expect(treasures.data).toMatchObject({ count: 1, limit: 1, offset: 0 })
        expect(treasures.data.makers.map((maker: { handle: string }) => maker.handle)).toEqual([data.makers[0].handle])
      })

      it("rejects bad query parameters", async () => {
        for (const bad of ["limit=0", "limit=101", "limit=abc", "living_human_treasure=yes", "group=x"]) {
          expect(await status(api.get(`/store/makers?${bad}`, store))).toEqual(400)
        }
      })
    })

    describe("GET /store/makers/:handle", () => {
      it("shows a consenting maker with their group and the products the store sells", async () => {
        const container = getContainer()
        const group = await createGroup(container, "chanleas-dai")
        const [sophea, dara] = await addMakers(container, group.id, CHANLEAS_MAKERS.slice(0, 2))
        const scarf = await createGroupProduct(container, {
          groupId: group.id,
          handle: "scarf",
          listed: true,
          publicMakerIds: [sophea.publicMakerId],
        })
        await createGroupProduct(container, { groupId: group.id, handle: "by-dara", listed: true, publicMakerIds: [dara.publicMakerId] })
        await createGroupProduct(container, {
          groupId: group.id,
          handle: "sophea-draft",
          listed: true,
          status: ProductStatus.DRAFT,
          publicMakerIds: [sophea.publicMakerId],
        })

        const response = await api.get(`/store/makers/${sophea.handle}`, store)

        expect(response.data.maker).toMatchObject({
          id: sophea.publicMakerId,
          handle: sophea.handle,
          display_name: "Sophea Chan",
          story: "Weaves hol since she was nine.",
          group: { handle: "chanleas-dai", name: "Group chanleas-dai" },
        })
        expect(response.data.maker.products.map((product: { id: string }) => product.id)).toEqual([scarf])
        expect(JSON.stringify(response.data)).not.toContain('"gender"')
        expect(await status(api.get(`/store/makers/${sophea.handle}?x=1`, store))).toEqual(400)
      })

      it("is not found without consent or when the maker's group is not active", async () => {
        const container = getContainer()
        const group = await createGroup(container, "chanleas-dai")
        const [, , bopha] = await addMakers(container, group.id, CHANLEAS_MAKERS.slice(0, 3))
        const stopped = await createGroup(container, "stopped", { status: "suspended" })
        const [stoppedMaker] = await addMakers(container, stopped.id, CHANLEAS_MAKERS.slice(0, 1))

        expect(bopha.handle).toBeNull()
        for (const guess of ["bopha-secretname", bopha.publicMakerId, bopha.makerId, "null"]) {
          expect(await status(api.get(`/store/makers/${guess}`, store))).toEqual(404)
        }
        expect(stoppedMaker.handle).toEqual(expect.any(String))
        expect(await status(api.get(`/store/makers/${stoppedMaker.handle}`, store))).toEqual(404)
      })
    })

    describe("GET /store/impact", () => {
      it("adds up active groups, their artisans and the money to date", async () => {
        const container = getContainer()
        const chanleas = await createGroup(container, "chanleas-dai")
        await addMakers(container, chanleas.id, CHANLEAS_MAKERS)
        const bunong = await createGroup(container, "bunong-baskets", { province: "ratanakiri" })
        await addMakers(container, bunong.id, [
          { first_name: "Srey", crafts: ["basketry"], gender: "female", people: "khmer" },
          { first_name: "Thy", crafts: ["basketry"], gender: "male", people: "tampuan" },
        ])
        const waiting = await createGroup(container, "waiting", { status: "pending", province: "takeo" })
        await addMakers(container, waiting.id, CHANLEAS_MAKERS)

        const settlement: SettlementModuleService = container.resolve(SETTLEMENT_MODULE)
        const entry = (key: string, type: string, amount: number, currency_code: string, groupId: string) => ({
          producer_group_id: groupId,
          type: type as "sale",
          amount,
          currency_code,
          idempotency_key: key,
        })
        await settlement.createLedgerEntries([
          entry("s1", "sale", 10_000, "usd", chanleas.id),
          entry("c1", "commission", -1_500, "usd", chanleas.id),
          entry("r1", "sale_reversal", -2_500, "usd", chanleas.id),
          entry("cr1", "commission_reversal", 375, "usd", chanleas.id),
          entry("s2", "sale", 4_999, "eur", bunong.id),
          entry("s3", "sale", 1, "eur", waiting.id),
          entry("p1", "payout", -3_000, "usd", chanleas.id),
        ])
        await settlement.createPayouts([
          { producer_group_id: chanleas.id, amount: 3_000, currency_code: "usd", method: "aba", paid_at: new Date() },
          { producer_group_id: bunong.id, amount: 1_234, currency_code: "eur", method: "wing", paid_at: new Date() },
        ])

        const response = await api.get("/store/impact", store)

        expect(response.data.impact).toEqual({
          producer_groups: 2,
          provinces: 2,
          artisans: 6,
          women_percent: 67,
          indigenous_percent: 50,
          sales_to_date: [
            { currency_code: "eur", amount: 5_000 },
            { currency_code: "usd", amount: 7_500 },
          ],
          paid_to_producers: [
            { currency_code: "eur", amount: 1_234 },
            { currency_code: "usd", amount: 3_000 },
          ],
        })
        expect(await status(api.get("/store/impact?group=chanleas-dai", store))).toEqual(400)
      })

      it("publishes no shares while the platform has fewer than three artisans", async () => {
        const container = getContainer()
        const group = await createGroup(container, "first")
        await addMakers(container, group.id, CHANLEAS_MAKERS.slice(0, 1))

        const response = await api.get("/store/impact", store)

        expect(response.data.impact).toMatchObject({
          producer_groups: 1,
          artisans: 1,
          women_percent: null,
          indigenous_percent: null,
          sales_to_date: [],
          paid_to_producers: [],
        })
      })
    })
  },
})
