import { rmSync } from "fs"
import path from "path"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { createStep, createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createProductsWorkflow } from "@medusajs/medusa/core-flows"
import { PRODUCER_MODULE } from "../../../src/modules/producer"
import type ProducerModuleService from "../../../src/modules/producer/service"
import {
  validateCreditableMakersStep,
  type ValidateCreditableMakersStepInput,
} from "../../../src/workflows/producer/steps/validate-creditable-makers"
import { createMakerWorkflow } from "../../../src/workflows/producer/workflows/create-maker"
import { syncGroupPublicMakersWorkflow } from "../../../src/workflows/producer/workflows/sync-group-public-makers"
import { updateMakerWorkflow } from "../../../src/workflows/producer/workflows/update-maker"
import { createProducerWithLogin, type ProducerLoginType } from "../../fixtures/producers"

jest.setTimeout(120_000)

const SOPHEA_FIELDS = {
  first_name: "Sophea",
  last_name: "Lim",
  name_km: "សុភា លឹម",
  crafts: ["hol-silk", "phamuong-silk"],
  people: "khmer",
  gender: "female",
  story: "Sophea learned hol from her grandmother in Prey Kabbas.",
  public_profile_consent: true,
}

const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==",
  "base64"
)

/** A later step that fails, to show that the maker workflows leave nothing half-done. */
const failStep = createStep("test-fail-after-maker-write", async () => {
  throw new Error("Search index unreachable")
})
const createMakerThenFailWorkflow = createWorkflow(
  "test-create-maker-then-fail",
  (input: Parameters<typeof createMakerWorkflow.runAsStep>[0]["input"]) => {
    createMakerWorkflow.runAsStep({ input })
    failStep()
  }
)
const updateMakerThenFailWorkflow = createWorkflow(
  "test-update-maker-then-fail",
  (input: Parameters<typeof updateMakerWorkflow.runAsStep>[0]["input"]) => {
    updateMakerWorkflow.runAsStep({ input })
    failStep()
  }
)
const creditableMakersWorkflow = createWorkflow(
  "test-creditable-makers",
  (input: ValidateCreditableMakersStepInput) => new WorkflowResponse(validateCreditableMakersStep(input))
)

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let container: MedusaContainer
    let producers: ProducerModuleService
    let groupA: ProducerLoginType
    let groupB: ProducerLoginType
    let publishableKey: string
    /** Sophea, with a portrait group A uploaded. */
    let SOPHEA: typeof SOPHEA_FIELDS & { portrait_url: string }
    /** A portrait that group B uploaded. */
    let portraitB: string
    const uploadedPortraits: string[] = []

    const uploadPortrait = async (login: ProducerLoginType) => {
      const data = new FormData()
      data.append("files", new Blob([new Uint8Array(PNG)], { type: "image/png" }), "portrait.png")
      const response = await api.post("/producer/uploads", data, login.headers)
      const url: string = response.data.files[0].url
      uploadedPortraits.push(new URL(url).pathname.split("/").pop() as string)
      return url
    }

    const post = (url: string, body: unknown, login: ProducerLoginType) =>
      api.post(url, body, login.headers).catch((error: any) => error.response)
    const get = (url: string, login: ProducerLoginType) =>
      api.get(url, login.headers).catch((error: any) => error.response)
    const del = (url: string, login: ProducerLoginType) =>
      api.delete(url, login.headers).catch((error: any) => error.response)

    const createMaker = async (body: Record<string, unknown>, login = groupA) => {
      const response = await post("/producer/makers", body, login)
      expect(response.status).toBe(200)
      return response.data as { maker: any; public_maker: any }
    }

    async function publicMakerOf(makerId: string) {
      const [row] = await producers.listPublicMakers({ maker_id: makerId })
      return row
    }

    /** A published product of group A, in the store, crediting the given maker's projection. */
    async function productCrediting(makerId: string) {
      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const {
        data: [store],
      } = await query.graph({ entity: "store", fields: ["default_sales_channel_id"] })
      const { result } = await createProductsWorkflow(container).run({
        input: {
          products: [
            {
              title: "Hol silk sampot",
              status: "published",
              sales_channels: [{ id: store.default_sales_channel_id as string }],
              options: [{ title: "Size", values: ["One size"] }],
              variants: [{ title: "One size", options: { Size: "One size" }, prices: [] }],
            },
          ],
        },
      })
      const product = result[0]
      const link = container.resolve(ContainerRegistrationKeys.LINK)
      await link.create([
        {
          [Modules.PRODUCT]: { product_id: product.id },
          [PRODUCER_MODULE]: { producer_group_id: groupA.groupId },
        },
        {
          [Modules.PRODUCT]: { product_id: product.id },
          [PRODUCER_MODULE]: { public_maker_id: (await publicMakerOf(makerId)).id },
        },
      ])
      return product.id as string
    }

    /** The product as the store API answers it, with its credited makers. */
    async function storeProduct(productId: string) {
      const response = await api.get(`/store/products/${productId}?fields=id,*makers`, {
        headers: { "x-publishable-api-key": publishableKey },
      })
      return response.data.product
    }

    beforeAll(async () => {
      container = getContainer()
      producers = container.resolve(PRODUCER_MODULE)
      groupA = await createProducerWithLogin(container, api, { handle: "prey-kabbas", email: "a@example.test" })
      groupB = await createProducerWithLogin(container, api, { handle: "kampong-chhnang", email: "b@example.test" })
      SOPHEA = { ...SOPHEA_FIELDS, portrait_url: await uploadPortrait(groupA) }
      portraitB = await uploadPortrait(groupB)
      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const { data: keys } = await query.graph({
        entity: "api_key",
        fields: ["token"],
        filters: { type: "publishable" },
      })
      publishableKey = keys[0].token
    })

    afterAll(() => {
      for (const name of uploadedPortraits) {
        rmSync(path.join(process.cwd(), "static", name), { force: true })
      }
    })

    describe("creating and reading makers", () => {
      it("records a consenting maker and publishes their profile under a handle", async () => {
        const before = Date.now()
        const { maker, public_maker } = await createMaker(SOPHEA)
        expect(maker).toMatchObject({
          ...SOPHEA,
          is_living_human_treasure: false,
          lht_year: null,
          retired_at: null,
        })
        expect(new Date(maker.consent_recorded_at).getTime()).toBeGreaterThanOrEqual(before - 1000)
        expect(public_maker).toEqual({
          id: expect.stringMatching(/^pmkr_/),
          handle: expect.stringMatching(/^sophea-lim-[a-z0-9]{4}$/),
          display_name: "Sophea Lim",
          has_public_profile: true,
        })
        expect(await publicMakerOf(maker.id)).toMatchObject({
          display_name: "Sophea Lim",
          story: SOPHEA.story,
          portrait_url: SOPHEA.portrait_url,
          crafts: SOPHEA.crafts,
          group_id: groupA.groupId,
        })

        const read = await get(`/producer/makers/${maker.id}`, groupA)
        expect(read.status).toBe(200)
        expect(read.data).toEqual({
          maker,
          public_maker,
          consent_recorder: expect.objectContaining({ id: groupA.memberId }),
        })
      })

      it("gives two makers of the same name distinct handles", async () => {
        const first = await createMaker(SOPHEA)
        const second = await createMaker(SOPHEA)
        expect(first.public_maker.handle).not.toBe(second.public_maker.handle)
      })

      it("shows a maker without consent only as an artisan of the group", async () => {
        const { maker, public_maker } = await createMaker({ ...SOPHEA, public_profile_consent: undefined })
        expect(maker.public_profile_consent).toBe(false)
        expect(maker.consent_recorded_at).toBeNull()
        expect(public_maker).toMatchObject({ handle: null, display_name: "An artisan of Group prey-kabbas" })
        expect(await publicMakerOf(maker.id)).toMatchObject({
          handle: null,
          display_name: "An artisan of Group prey-kabbas",
          story: null,
          portrait_url: null,
          is_living_human_treasure: false,
          lht_year: null,
          crafts: SOPHEA.crafts,
          has_public_profile: false,
        })
      })

      it("records a Living Human Treasure with the year of the title", async () => {
        const { maker } = await createMaker({ ...SOPHEA, is_living_human_treasure: true, lht_year: 2012 })
        expect(maker).toMatchObject({ is_living_human_treasure: true, lht_year: 2012 })
        expect(await publicMakerOf(maker.id)).toMatchObject({ is_living_human_treasure: true, lht_year: 2012 })
      })

      it("lists the group's makers, retired ones included, a page at a time", async () => {
        const ids: string[] = []
        for (const first_name of ["Chanthou", "Dara", "Rithy"]) {
          ids.push((await createMaker({ first_name, crafts: ["basketry"] })).maker.id)
        }
        await createMaker({ first_name: "Other", crafts: ["pottery"] }, groupB)
        expect((await del(`/producer/makers/${ids[1]}`, groupA)).status).toBe(200)

        const page1 = await get("/producer/makers?limit=2", groupA)
        expect(page1.status).toBe(200)
        expect(page1.data).toMatchObject({ count: 3, offset: 0, limit: 2 })
        expect(page1.data.makers.map((maker: any) => maker.id)).toEqual(ids.slice(0, 2))
        const page2 = await get("/producer/makers?limit=2&offset=2", groupA)
        expect(page2.data.makers.map((maker: any) => maker.id)).toEqual(ids.slice(2))

        const current = await get("/producer/makers?retired=false", groupA)
        expect(current.data.makers.map((maker: any) => maker.id)).toEqual([ids[0], ids[2]])
        const retired = await get("/producer/makers?retired=true&order=-first_name", groupA)
        expect(retired.data.makers.map((maker: any) => maker.id)).toEqual([ids[1]])
      })

      it.each([
        ["a limit over 100", "limit=101"],
        ["a fractional limit", "limit=1.5"],
        ["a negative offset", "offset=-1"],
        ["an unknown parameter", "group_id=pgrp_x"],
        ["private fields of the group", "fields=group.account.*"],
      ])("refuses %s in the list query", async (_case, params) => {
        expect((await get(`/producer/makers?${params}`, groupA)).status).toBe(400)
      })
    })

    describe("refusing bad input with 400 and creating nothing", () => {
      const thisYear = new Date().getFullYear()
      const cases: [string, Record<string, unknown>][] = [
        ["a missing first name", { first_name: undefined }],
        ["an oversized first name", { first_name: "x".repeat(101) }],
        ["no crafts", { crafts: [] }],
        ["crafts that are not a list", { crafts: "hol-silk" }],
        ["an unknown craft code", { crafts: ["hol-silk", "plastic-moulding"] }],
        ["a craft listed twice", { crafts: ["hol-silk", "hol-silk"] }],
        ["an unknown people code", { people: "martian" }],
        ["an unknown gender", { gender: "unknown" }],
        ["an LHT without the year", { is_living_human_treasure: true }],
        ["an LHT year before the 2010 decree", { is_living_human_treasure: true, lht_year: 2009 }],
        ["an LHT year in the future", { is_living_human_treasure: true, lht_year: thisYear + 1 }],
        ["a fractional LHT year", { is_living_human_treasure: true, lht_year: 2012.5 }],
        ["an LHT year for someone who is not an LHT", { is_living_human_treasure: false, lht_year: 2012 }],
        ["an LHT year alone", { lht_year: 2012 }],
        ["an oversized story", { story: "ក".repeat(5001) }],
        ["a portrait that is not a URL", { portrait_url: "javascript:alert(1)" }],
        ["a consent that is not a boolean", { public_profile_consent: "yes" }],
        ["another group's id", { group_id: "pgrp_elsewhere" }],
        ["a consent date", { consent_recorded_at: "2020-01-01T00:00:00Z" }],
        ["a retirement date", { retired_at: null }],
      ]
      it("a portrait that is not the group's own upload, naming the field", async () => {
        for (const portrait_url of ["https://cdn.example.test/sophea.jpg", portraitB]) {
          const response = await post("/producer/makers", { ...SOPHEA, portrait_url }, groupA)
          expect(response.status).toBe(400)
          expect(response.data.message).toMatch(/own uploads.*portrait_url https?:\/\//)
        }
        expect(await producers.listMakers({})).toHaveLength(0)
        expect(await producers.listPublicMakers({})).toHaveLength(0)
      })

      it.each(cases)("%s", async (_case, change) => {
        const response = await post("/producer/makers", { ...SOPHEA, ...change }, groupA)
        expect(response.status).toBe(400)
        expect(await producers.listMakers({})).toHaveLength(0)
        expect(await producers.listPublicMakers({})).toHaveLength(0)
      })

      it("malformed JSON", async () => {
        const response = await api
          .post("/producer/makers", '{"first_name": "Sophea", "crafts": [', {
            headers: { ...groupA.headers.headers, "content-type": "application/json" },
          })
          .catch((error: any) => error.response)
        expect(response.status).toBe(400)
        expect(await producers.listMakers({})).toHaveLength(0)
      })

      it.each([
        ["an unknown field", { commission_rate_bps: 0 }],
        ["a wrong type", { first_name: 7 }],
        ["an LHT title without its year", { is_living_human_treasure: true }],
        ["an LHT year for a maker who is not an LHT", { lht_year: 2015 }],
        ["an unknown craft", { crafts: ["teleportation"] }],
      ])("on update: %s", async (_case, update) => {
        const { maker } = await createMaker(SOPHEA)
        const response = await post(`/producer/makers/${maker.id}`, update, groupA)
        expect(response.status).toBe(400)
        expect((await get(`/producer/makers/${maker.id}`, groupA)).data.maker).toEqual(maker)
      })
    })

    describe("updating, consent and retirement", () => {
      it("keeps the portrait, and takes only the group's own uploads as a new one", async () => {
        const { maker } = await createMaker(SOPHEA)
        const url = `/producer/makers/${maker.id}`

        expect((await post(url, { portrait_url: SOPHEA.portrait_url, story: "Kept" }, groupA)).status).toBe(200)
        const refused = await post(url, { portrait_url: portraitB }, groupA)

        expect(refused.status).toBe(400)
        expect(refused.data.message).toMatch(/portrait_url/)
        expect((await get(url, groupA)).data.maker).toMatchObject({ portrait_url: SOPHEA.portrait_url, story: "Kept" })
      })

      it("updates a maker and its public profile together, keeping the handle", async () => {
        const { maker, public_maker } = await createMaker(SOPHEA)
        const response = await post(
          `/producer/makers/${maker.id}`,
          { last_name: "Lim-Chan", story: "A new story.", is_living_human_treasure: true, lht_year: 2015 },
          groupA
        )
        expect(response.status).toBe(200)
        expect(response.data.maker).toMatchObject({
          last_name: "Lim-Chan",
          story: "A new story.",
          lht_year: 2015,
          consent_recorded_at: maker.consent_recorded_at,
        })
        expect(response.data.public_maker).toEqual({ ...public_maker, display_name: "Sophea Lim-Chan" })
        expect(await publicMakerOf(maker.id)).toMatchObject({
          story: "A new story.",
          is_living_human_treasure: true,
          lht_year: 2015,
        })

        const notTreasure = await post(`/producer/makers/${maker.id}`, { is_living_human_treasure: false }, groupA)
        expect(notTreasure.data.maker).toMatchObject({ is_living_human_treasure: false, lht_year: null })
      })

      it("hides a maker from the store when consent is withdrawn, and shows them again when given", async () => {
        const { maker } = await createMaker(SOPHEA)
        const productId = await productCrediting(maker.id)

        const shown = await storeProduct(productId)
        expect(shown.makers).toEqual([
          expect.objectContaining({ display_name: "Sophea Lim", story: SOPHEA.story, has_public_profile: true }),
        ])

        const withdrawn = await post(`/producer/makers/${maker.id}`, { public_profile_consent: false }, groupA)
        expect(withdrawn.status).toBe(200)
        expect(new Date(withdrawn.data.maker.consent_recorded_at).getTime()).toBeGreaterThan(
          new Date(maker.consent_recorded_at).getTime()
        )
        expect(withdrawn.data.public_maker).toMatchObject({ handle: null, has_public_profile: false })
        const hidden = await storeProduct(productId)
        expect(hidden.makers).toEqual([
          expect.objectContaining({
            display_name: "An artisan of Group prey-kabbas",
            handle: null,
            story: null,
            portrait_url: null,
            crafts: SOPHEA.crafts,
          }),
        ])
        expect(hidden.makers[0]).not.toHaveProperty("people")
        expect(JSON.stringify(hidden)).not.toMatch(/Sophea|Lim|grandmother|sophea\.jpg|សុភា|female/)

        const query = container.resolve(ContainerRegistrationKeys.QUERY)
        const {
          data: [graphProduct],
        } = await query.graph({ entity: "product", fields: ["id", "makers.*"], filters: { id: productId } })
        expect(JSON.stringify(graphProduct)).not.toMatch(/Sophea|Lim|grandmother|sophea\.jpg/)

        const given = await post(`/producer/makers/${maker.id}`, { public_profile_consent: true }, groupA)
        expect(given.data.public_maker).toMatchObject({ display_name: "Sophea Lim", has_public_profile: true })
        expect((await storeProduct(productId)).makers[0]).toMatchObject({ display_name: "Sophea Lim" })
      })

      it("never shows a maker without consent on a product crediting them", async () => {
        const { maker } = await createMaker({ ...SOPHEA, public_profile_consent: false })
        const productId = await productCrediting(maker.id)
        const product = await storeProduct(productId)
        expect(product.makers).toHaveLength(1)
        expect(product.makers[0].display_name).toBe("An artisan of Group prey-kabbas")
        expect(JSON.stringify(product)).not.toMatch(/Sophea|Lim|grandmother|sophea\.jpg|សុភា|female|khmer/)
      })

      it("retires a maker, who stays credited but cannot be credited anew", async () => {
        const { maker } = await createMaker(SOPHEA)
        const productId = await productCrediting(maker.id)

        const retired = await del(`/producer/makers/${maker.id}`, groupA)
        expect(retired.status).toBe(200)
        expect(retired.data.maker.retired_at).not.toBeNull()
        const again = await del(`/producer/makers/${maker.id}`, groupA)
        expect(again.data.maker.retired_at).toBe(retired.data.maker.retired_at)
        expect((await storeProduct(productId)).makers[0]).toMatchObject({ display_name: "Sophea Lim" })

        const { id: publicId, is_retired } = await publicMakerOf(maker.id)
        expect(is_retired).toBe(true)
        const fresh = await creditableMakersWorkflow(container).run({
          input: { group_id: groupA.groupId, maker_ids: [maker.id] },
          throwOnError: false,
        })
        expect(fresh.errors[0].error.message).toMatch(/Retired makers cannot be credited/)
        const kept = await creditableMakersWorkflow(container).run({
          input: { group_id: groupA.groupId, maker_ids: [maker.id], credited_public_maker_ids: [publicId] },
        })
        expect(kept.result).toEqual({ public_maker_ids: [publicId] })
        const foreign = await creditableMakersWorkflow(container).run({
          input: { group_id: groupB.groupId, maker_ids: [maker.id] },
          throwOnError: false,
        })
        expect(foreign.errors[0].error.type).toBe("not_found")
      })

      it("renames the anonymous makers when the group's projections are refreshed", async () => {
        const anonymous = await createMaker({ first_name: "Vanna", crafts: ["pottery"] })
        const named = await createMaker(SOPHEA)
        await producers.updateProducerGroups({ id: groupA.groupId, name: "Prey Kabbas Silk Weavers" })

        await syncGroupPublicMakersWorkflow(container).run({ input: { group_id: groupA.groupId } })
        expect(await publicMakerOf(anonymous.maker.id)).toMatchObject({
          display_name: "An artisan of Prey Kabbas Silk Weavers",
        })
        expect(await publicMakerOf(named.maker.id)).toMatchObject({
          display_name: "Sophea Lim",
          handle: named.public_maker.handle,
        })
      })
    })

    describe("isolation between groups", () => {
      it("answers 404 to another group's member for a maker, and changes nothing", async () => {
        const { maker, public_maker } = await createMaker(SOPHEA)
        expect((await get(`/producer/makers/${maker.id}`, groupB)).status).toBe(404)
        expect((await post(`/producer/makers/${maker.id}`, { first_name: "Stolen" }, groupB)).status).toBe(404)
        expect((await del(`/producer/makers/${maker.id}`, groupB)).status).toBe(404)
        expect((await get("/producer/makers", groupB)).data).toMatchObject({ count: 0, makers: [] })
        expect((await get(`/producer/makers/${maker.id}`, groupA)).data).toEqual({
          maker,
          public_maker,
          consent_recorder: expect.objectContaining({ id: groupA.memberId }),
        })
      })

      it("never creates a maker in another group, whatever the body says", async () => {
        const response = await post("/producer/makers", { ...SOPHEA, group_id: groupA.groupId }, groupB)
        expect(response.status).toBe(400)
        const created = await createMaker({ first_name: "Bopha", crafts: ["pottery"] }, groupB)
        const [stored] = await producers.listMakers({ id: created.maker.id })
        expect(stored.group_id).toBe(groupB.groupId)
        expect((await get("/producer/makers", groupA)).data.count).toBe(0)
      })

      it("needs a producer login", async () => {
        const response = await api.get("/producer/makers").catch((error: any) => error.response)
        expect(response.status).toBe(401)
      })
    })

    describe("a workflow whose later step fails", () => {
      it("leaves no maker and no public profile behind when creating", async () => {
        const { errors } = await createMakerThenFailWorkflow(container).run({
          input: { group_id: groupA.groupId, maker: { ...SOPHEA, gender: "female" } },
          throwOnError: false,
        })
        expect(errors[0].error.message).toMatch(/unreachable/)
        expect(await producers.listMakers({}, { withDeleted: true })).toHaveLength(0)
        expect(await producers.listPublicMakers({}, { withDeleted: true })).toHaveLength(0)
      })

      it("restores the maker and its public profile when updating", async () => {
        const { maker } = await createMaker(SOPHEA)
        const projection = await publicMakerOf(maker.id)

        const { errors } = await updateMakerThenFailWorkflow(container).run({
          input: {
            group_id: groupA.groupId,
            id: maker.id,
            update: { first_name: "Renamed", public_profile_consent: false },
          },
          throwOnError: false,
        })
        expect(errors[0].error.message).toMatch(/unreachable/)
        const withoutUpdatedAt = ({ updated_at: _updated, ...rest }: Record<string, unknown>) => rest
        const restored = (await get(`/producer/makers/${maker.id}`, groupA)).data.maker
        expect(withoutUpdatedAt(restored)).toEqual(withoutUpdatedAt(maker))
        expect(withoutUpdatedAt(await publicMakerOf(maker.id))).toEqual(withoutUpdatedAt(projection))
      })
    })
  },
})
