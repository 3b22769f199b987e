import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { PRODUCER_MODULE } from "../../../src/modules/producer"
import type ProducerModuleService from "../../../src/modules/producer/service"
import { createOperatorHeaders } from "../../fixtures/operator"
import { createProducerWithLogin } from "../../fixtures/producers"
import {
  createGroupMaker,
  createGroupProduct,
  createStoreHeaders,
  type HeadersType,
} from "./fixtures"

jest.setTimeout(120_000)

const VALID_GROUP = {
  handle: "chanleas-dai",
  name: "Chanleas Dai weavers",
  province: "siem-reap",
  village: "Chanleas Dai",
  story: "Hol silk weavers of the Tonle Sap plain.",
  commission_rate_bps: 1500,
  trusted: false,
  contacts: { email: "coordinator@chanleas.test", phone: "+855 12 345 678" },
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let admin: HeadersType
    let store: HeadersType

    beforeAll(async () => {
      admin = await createOperatorHeaders(getContainer(), api)
      store = await createStoreHeaders(getContainer())
    })

    const createGroup = async (body: Record<string, unknown> = {}) => {
      const response = await api.post("/admin/producers", { ...VALID_GROUP, ...body }, admin)
      return response.data.producer_group
    }
    const status = (promise: Promise<unknown>) =>
      promise.then(
        (response) => (response as { status: number }).status,
        (error) => error.response?.status as number
      )
    const countGroups = async (container: MedusaContainer) => {
      const producers: ProducerModuleService = container.resolve(PRODUCER_MODULE)
      const [, count] = await producers.listAndCountProducerGroups({})
      return count
    }
    const storeProductIds = async () => {
      const response = await api.get("/store/products?limit=100&fields=id", store)
      return (response.data.products as { id: string }[]).map((product) => product.id).sort()
    }

    describe("POST /admin/producers", () => {
      it("creates a pending group with its private contacts", async () => {
        const response = await api.post("/admin/producers", VALID_GROUP, admin)

        expect(response.status).toEqual(200)
        const group = response.data.producer_group
        expect(group).toMatchObject({
          handle: "chanleas-dai",
          name: "Chanleas Dai weavers",
          province: "siem-reap",
          village: "Chanleas Dai",
          status: "pending",
          trusted: false,
          commission_rate_bps: 1500,
          products_count: 0,
          makers_count: 0,
          members: [],
          invites: [],
          makers: [],
        })
        expect(group.account).toMatchObject({
          contact_email: "coordinator@chanleas.test",
          contact_phone: "+855 12 345 678",
        })

        const detail = await api.get(`/admin/producers/${group.id}`, admin)
        expect(detail.data.producer_group).toEqual(group)
        // The group got its own stock location, as every group does.
        const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
        const { data } = await query.graph({
          entity: "producer_group",
          fields: ["id", "stock_location.id"],
          filters: { id: group.id },
        })
        expect(data[0].stock_location?.id).toMatch(/^sloc_/)
      })

      it("rejects bad input with 400 and creates nothing", async () => {
        const { handle: _handle, ...withoutHandle } = VALID_GROUP
        const bodies: unknown[] = [
          withoutHandle,
          { ...VALID_GROUP, name: undefined },
          { ...VALID_GROUP, province: "atlantis" },
          { ...VALID_GROUP, commission_rate_bps: 1500.5 },
          { ...VALID_GROUP, commission_rate_bps: -1 },
          { ...VALID_GROUP, commission_rate_bps: 5001 },
          { ...VALID_GROUP, commission_rate_bps: "1500" },
          { ...VALID_GROUP, trusted: "yes" },
          { ...VALID_GROUP, handle: "Not A Handle" },
          { ...VALID_GROUP, name: "x".repeat(201) },
          { ...VALID_GROUP, story: "x".repeat(10_001) },
          { ...VALID_GROUP, status: "suspended" },
          { ...VALID_GROUP, contacts: { email: "not-an-email" } },
          { ...VALID_GROUP, contacts: { email: "a@b.test", fax: "123" } },
          { ...VALID_GROUP, unknown_field: true },
          { ...VALID_GROUP, id: "pgrp_chosen" },
        ]
        for (const body of bodies) {
          expect(await status(api.post("/admin/producers", body, admin))).toEqual(400)
        }
        const malformed = api.post("/admin/producers", '{"handle": "broken",', {
          headers: { ...admin.headers, "content-type": "application/json" },
          transformRequest: [(data: unknown) => data],
        })
        expect(await status(malformed)).toEqual(400)
        expect(await countGroups(getContainer())).toEqual(0)
      })

      it("refuses a handle that is taken", async () => {
        await createGroup()
        const duplicate = api.post("/admin/producers", { ...VALID_GROUP, name: "Another" }, admin)
        const code = await status(duplicate)

        expect(code).toBeGreaterThanOrEqual(400)
        expect(code).toBeLessThan(500)
        expect(await countGroups(getContainer())).toEqual(1)
      })

      it("leaves no half-created group when a later step fails", async () => {
        // Without a default sales channel the group's stock location cannot be made available,
        // the workflow's last step.
        const container = getContainer()
        const storeModule = container.resolve(Modules.STORE)
        const [current] = await storeModule.listStores({})
        await storeModule.updateStores(current.id, { default_sales_channel_id: null })
        const locations = container.resolve(Modules.STOCK_LOCATION)
        const locationsBefore = await locations.listStockLocations({})
        const producers: ProducerModuleService = container.resolve(PRODUCER_MODULE)
        const deleteGroups = jest.spyOn(producers, "deleteProducerGroups")
        const deleteAccounts = jest.spyOn(producers, "deleteProducerGroupAccounts")

        try {
          expect(await status(api.post("/admin/producers", VALID_GROUP, admin))).toBeGreaterThanOrEqual(400)
          // The group and its account had been made, and were undone.
          expect(deleteGroups).toHaveBeenCalledTimes(1)
          expect(deleteAccounts).toHaveBeenCalledTimes(1)
        } finally {
          deleteGroups.mockRestore()
          deleteAccounts.mockRestore()
        }
        expect(await countGroups(container)).toEqual(0)
        expect(await producers.listProducerGroupAccounts({}, { withDeleted: true })).toEqual([])
        const locationsAfter = await locations.listStockLocations({})
        expect(locationsAfter.map((location) => location.id)).toEqual(locationsBefore.map((location) => location.id))
      })
    })

    describe("GET /admin/producers", () => {
      it("lists, filters, searches and pages groups with their counts", async () => {
        const first = await createGroup({ handle: "alpha-silk", name: "Alpha silk" })
        await createGroup({ handle: "beta-baskets", name: "Beta baskets", province: "kampong-thom" })
        const third = await createGroup({ handle: "gamma-pottery", name: "Gamma pottery" })
        await api.post(`/admin/producers/${first.id}/approve`, {}, admin)
        await api.post(`/admin/producers/${third.id}/approve`, {}, admin)
        await api.post(`/admin/producers/${third.id}/suspend`, { reason: "Quality review" }, admin)
        await createGroupProduct(getContainer(), { groupId: first.id, handle: "alpha-scarf", listed: true })
        await createGroupMaker(getContainer(), first.id, { first_name: "Sophea", crafts: ["silk-weaving"] })

        const all = await api.get("/admin/producers", admin)
        expect(all.data.count).toEqual(3)
        expect(all.data.producer_groups.map((group: { handle: string }) => group.handle)).toEqual([
          "alpha-silk",
          "beta-baskets",
          "gamma-pottery",
        ])
        expect(all.data.producer_groups[0]).toMatchObject({
          status: "active",
          products_count: 1,
          makers_count: 1,
        })
        expect(all.data.producer_groups[0].account).toBeUndefined()

        const active = await api.get("/admin/producers?status=active", admin)
        expect(active.data.producer_groups.map((group: { handle: string }) => group.handle)).toEqual([
          "alpha-silk",
        ])
        const notActive = await api.get("/admin/producers?status=pending&status=suspended", admin)
        expect(notActive.data.count).toEqual(2)
        const searched = await api.get("/admin/producers?q=baskets", admin)
        expect(searched.data.producer_groups.map((group: { handle: string }) => group.handle)).toEqual([
          "beta-baskets",
        ])
        const page = await api.get("/admin/producers?limit=1&offset=1&order=-name", admin)
        expect(page.data).toMatchObject({ count: 3, limit: 1, offset: 1 })
        expect(page.data.producer_groups.map((group: { handle: string }) => group.handle)).toEqual([
          "beta-baskets",
        ])
      })

      it("rejects bad query parameters with 400", async () => {
        for (const params of [
          "status=closed",
          "limit=0",
          "limit=101",
          "limit=1.5",
          "offset=-1",
          "order=story",
          "fields=*account",
          "unknown=1",
        ]) {
          expect(await status(api.get(`/admin/producers?${params}`, admin))).toEqual(400)
        }
      })
    })

    describe("approve and suspend", () => {
      it("puts a group's products in the store exactly while it is active", async () => {
        const container = getContainer()
        const group = await createGroup()
        const scarf = await createGroupProduct(container, { groupId: group.id, handle: "scarf", listed: false })
        const krama = await createGroupProduct(container, { groupId: group.id, handle: "krama", listed: false })
        const other = await createProducerWithLogin(container, api, { handle: "other", email: "o@other.test" })
        const basket = await createGroupProduct(container, { groupId: other.groupId, handle: "basket", listed: true })

        expect(await storeProductIds()).toEqual([basket])
        expect(await status(api.get(`/store/producers/${group.handle}`, store))).toEqual(404)

        // No body at all is fine for an action without parameters.
        const approved = await api.post(`/admin/producers/${group.id}/approve`, undefined, admin)
        expect(approved.data.producer_group.status).toEqual("active")
        expect(await storeProductIds()).toEqual([basket, krama, scarf].sort())
        expect((await api.get(`/store/products/${scarf}`, store)).status).toEqual(200)
        expect((await api.get(`/store/producers/${group.handle}`, store)).status).toEqual(200)

        const suspended = await api.post(
          `/admin/producers/${group.id}/suspend`,
          { reason: "Labels do not match the products" },
          admin
        )
        expect(suspended.data.producer_group.status).toEqual("suspended")
        expect(await storeProductIds()).toEqual([basket])
        expect(await status(api.get(`/store/products/${scarf}`, store))).toEqual(404)
        expect(await status(api.get(`/store/producers/${group.handle}`, store))).toEqual(404)

        await api.post(`/admin/producers/${group.id}/approve`, {}, admin)
        expect(await storeProductIds()).toEqual([basket, krama, scarf].sort())
        expect((await api.get(`/store/products/${krama}`, store)).status).toEqual(200)
      })

      it("shows the group's members why it was suspended, until it is approved again", async () => {
        const producer = await createProducerWithLogin(getContainer(), api, { handle: "told", email: "t@told.test" })
        const reasonSeen = async () => (await api.get("/producer/me", producer.headers)).data.group.account?.status_reason

        await api.post(`/admin/producers/${producer.groupId}/suspend`, { reason: "Photos show another group's work" }, admin)
        expect(await reasonSeen()).toEqual("Photos show another group's work")
        const detail = await api.get(`/admin/producers/${producer.groupId}`, admin)
        expect(detail.data.producer_group.account.status_reason).toEqual("Photos show another group's work")

        await api.post(`/admin/producers/${producer.groupId}/approve`, {}, admin)
        expect(await reasonSeen()).toBeNull()
      })

      it("allows only the status changes that make sense", async () => {
        const group = await createGroup()

        expect(await status(api.post(`/admin/producers/${group.id}/suspend`, { reason: "Too early" }, admin))).toEqual(400)
        await api.post(`/admin/producers/${group.id}/approve`, {}, admin)
        expect(await status(api.post(`/admin/producers/${group.id}/approve`, {}, admin))).toBeGreaterThanOrEqual(400)
        expect(await status(api.post(`/admin/producers/${group.id}/suspend`, {}, admin))).toEqual(400)
        expect(await status(api.post(`/admin/producers/${group.id}/suspend`, { reason: 5 }, admin))).toEqual(400)
        expect(
          await status(api.post(`/admin/producers/${group.id}/suspend`, { reason: "ok!", extra: 1 }, admin))
        ).toEqual(400)
        expect(await status(api.post(`/admin/producers/${group.id}/approve`, { force: true }, admin))).toEqual(400)
        expect(await status(api.post("/admin/producers/pgrp_missing/approve", {}, admin))).toEqual(404)

        const detail = await api.get(`/admin/producers/${group.id}`, admin)
        expect(detail.data.producer_group.status).toEqual("active")
      })

      it("keeps the group pending and its products out of the store when approval fails", async () => {
        const container = getContainer()
        const group = await createGroup()
        const scarf = await createGroupProduct(container, { groupId: group.id, handle: "scarf", listed: false })
        const storeModule = container.resolve(Modules.STORE)
        const [current] = await storeModule.listStores({})
        await storeModule.updateStores(current.id, { default_sales_channel_id: null })

        const producers: ProducerModuleService = container.resolve(PRODUCER_MODULE)
        const updateGroups = jest.spyOn(producers, "updateProducerGroups")
        try {
          expect(await status(api.post(`/admin/producers/${group.id}/approve`, {}, admin))).toBeGreaterThanOrEqual(400)
          // Made active, then put back when listing its products failed.
          expect(updateGroups.mock.calls.map(([update]) => (update as { status?: string }).status)).toEqual([
            "active",
            "pending",
          ])
        } finally {
          updateGroups.mockRestore()
        }

        const detail = await api.get(`/admin/producers/${group.id}`, admin)
        expect(detail.data.producer_group.status).toEqual("pending")
        const query = container.resolve(ContainerRegistrationKeys.QUERY)
        const { data } = await query.graph({ entity: "product", fields: ["id", "sales_channels.id"], filters: { id: scarf } })
        expect(data[0].sales_channels ?? []).toEqual([])
      })
    })

    describe("POST /admin/producers/:id", () => {
      it("updates commission, trust and profile, and renames the group's anonymous makers", async () => {
        const group = await createGroup()
        const maker = await createGroupMaker(getContainer(), group.id, {
          first_name: "Srey",
          crafts: ["silk-weaving"],
          public_profile_consent: false,
        })

        const response = await api.post(
          `/admin/producers/${group.id}`,
          { commission_rate_bps: 1200, trusted: true, name: "Chanleas Dai silk", province: "takeo" },
          admin
        )

        expect(response.data.producer_group).toMatchObject({
          commission_rate_bps: 1200,
          trusted: true,
          name: "Chanleas Dai silk",
          province: "takeo",
          status: "pending",
        })
        const producers: ProducerModuleService = getContainer().resolve(PRODUCER_MODULE)
        const publicMaker = await producers.retrievePublicMaker(maker.publicMakerId)
        expect(publicMaker.display_name).toContain("Chanleas Dai silk")
      })

      it("rejects fractional, negative and excessive commissions and unknown fields, changing nothing", async () => {
        const group = await createGroup()
        for (const body of [
          { commission_rate_bps: 12.5 },
          { commission_rate_bps: -100 },
          { commission_rate_bps: 5001 },
          { commission_rate_bps: null },
          { status: "active" },
          { handle: "new-handle" },
          { province: "nowhere" },
          { trusted: 1 },
        ]) {
          expect(await status(api.post(`/admin/producers/${group.id}`, body, admin))).toEqual(400)
        }
        const detail = await api.get(`/admin/producers/${group.id}`, admin)
        expect(detail.data.producer_group).toMatchObject({
          commission_rate_bps: 1500,
          status: "pending",
          handle: "chanleas-dai",
          trusted: false,
        })
        expect(await status(api.post("/admin/producers/pgrp_missing", { trusted: true }, admin))).toEqual(404)
        expect(await status(api.get("/admin/producers/pgrp_missing", admin))).toEqual(404)
      })
    })

    describe("invites and members", () => {
      it("creates an invite whose token only the operator's answer carries", async () => {
        const group = await createGroup()

        const response = await api.post(`/admin/producers/${group.id}/invites`, { email: "new@chanleas.test" }, admin)

        expect(response.data.invite).toMatchObject({ email: "new@chanleas.test", group_id: group.id })
        expect(response.data.invite.token).toEqual(expect.any(String))
        expect(response.data.invite.token.length).toBeGreaterThanOrEqual(32)
        const detail = await api.get(`/admin/producers/${group.id}`, admin)
        expect(detail.data.producer_group.invites).toEqual([
          expect.objectContaining({ id: response.data.invite.id, email: "new@chanleas.test", accepted_at: null }),
        ])
        expect(JSON.stringify(detail.data)).not.toContain(response.data.invite.token)

        for (const body of [{}, { email: "not-an-email" }, { email: "a@b.test", group_id: "pgrp_x" }]) {
          expect(await status(api.post(`/admin/producers/${group.id}/invites`, body, admin))).toEqual(400)
        }
        expect(await status(api.post("/admin/producers/pgrp_missing/invites", { email: "a@b.test" }, admin))).toEqual(404)
      })

      it("lists a group's members", async () => {
        const producer = await createProducerWithLogin(getContainer(), api, { handle: "with-member", email: "m@member.test" })

        const response = await api.get(`/admin/producers/${producer.groupId}/members`, admin)

        expect(response.data.members).toEqual([expect.objectContaining({ id: producer.memberId, email: "m@member.test" })])
        expect(await status(api.get("/admin/producers/pgrp_missing/members", admin))).toEqual(404)
      })
    })

    describe("who may call", () => {
      it("answers 401 without an operator login, including to a producer's", async () => {
        const producer = await createProducerWithLogin(getContainer(), api, { handle: "sneaky", email: "s@sneaky.test" })
        // Each call starts only when awaited, so no rejection goes unobserved meanwhile.
        const calls = (headers: unknown) => [
          () => api.get("/admin/producers", headers),
          () => api.post("/admin/producers", { ...VALID_GROUP, handle: "by-intruder" }, headers),
          () => api.get(`/admin/producers/${producer.groupId}`, headers),
          () => api.post(`/admin/producers/${producer.groupId}`, { commission_rate_bps: 0 }, headers),
          () => api.post(`/admin/producers/${producer.groupId}/approve`, {}, headers),
          () => api.post(`/admin/producers/${producer.groupId}/suspend`, { reason: "Because" }, headers),
          () => api.post(`/admin/producers/${producer.groupId}/invites`, { email: "x@y.test" }, headers),
          () => api.get(`/admin/producers/${producer.groupId}/members`, headers),
        ]
        for (const call of [...calls(undefined), ...calls(producer.headers), ...calls(store)]) {
          expect(await status(call())).toEqual(401)
        }
        const producers: ProducerModuleService = getContainer().resolve(PRODUCER_MODULE)
        const group = await producers.retrieveProducerGroup(producer.groupId)
        expect(group.commission_rate_bps).toEqual(1500)
        expect(await countGroups(getContainer())).toEqual(1)
      })
    })
  },
})
