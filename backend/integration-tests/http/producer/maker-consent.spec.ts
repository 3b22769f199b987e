import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { PRODUCER_MODULE } from "../../../src/modules/producer"
import type ProducerModuleService from "../../../src/modules/producer/service"
import { createProducerWithLogin, type ProducerLoginType } from "../../fixtures/producers"

jest.setTimeout(120_000)

const DARA = { first_name: "Dara", last_name: "Kim", crafts: ["hol-silk"] }

/**
 * A maker's consent to a public profile is recorded with who recorded it (the logged-in
 * coordinator), when, and the language its statement was read in; only a changed answer records.
 */
medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let container: MedusaContainer
    let producers: ProducerModuleService
    let groupA: ProducerLoginType
    let groupB: ProducerLoginType

    const post = (url: string, body: unknown, login: ProducerLoginType) =>
      api.post(url, body, login.headers).catch((error: any) => error.response)
    const get = (url: string, login: ProducerLoginType) =>
      api.get(url, login.headers).catch((error: any) => error.response)

    beforeAll(async () => {
      container = getContainer()
      producers = container.resolve(PRODUCER_MODULE)
      groupA = await createProducerWithLogin(container, api, { handle: "consent-a", email: "consent-a@example.test" })
      groupB = await createProducerWithLogin(container, api, { handle: "consent-b", email: "consent-b@example.test" })
    })

    it("records who gave a consent answer at creation, when, and in which language it was read", async () => {
      const before = Date.now()
      const response = await post(
        "/producer/makers",
        { ...DARA, public_profile_consent: true, consent_language: "km" },
        groupA
      )
      expect(response.status).toBe(200)
      expect(response.data.maker).toMatchObject({
        public_profile_consent: true,
        consent_recorded_by: groupA.memberId,
        consent_language: "km",
      })
      expect(new Date(response.data.maker.consent_recorded_at).getTime()).toBeGreaterThanOrEqual(before - 1000)
      expect(response.data.consent_recorder).toEqual({
        id: groupA.memberId,
        first_name: null,
        last_name: null,
        email: "consent-a@example.test",
      })
      expect((await get(`/producer/makers/${response.data.maker.id}`, groupA)).data).toEqual(response.data)
    })

    it("records nothing for a maker not asked yet", async () => {
      const response = await post("/producer/makers", DARA, groupA)
      expect(response.status).toBe(200)
      expect(response.data.maker).toMatchObject({
        public_profile_consent: false,
        consent_recorded_at: null,
        consent_recorded_by: null,
        consent_language: null,
      })
      expect(response.data.consent_recorder).toBeNull()
      expect(response.data.public_maker).toMatchObject({ handle: null, has_public_profile: false })
    })

    it("records a later consent with its recorder and language, and a withdrawal with its own", async () => {
      const { data } = await post("/producer/makers", DARA, groupA)
      const id = data.maker.id

      const given = await post(`/producer/makers/${id}`, { public_profile_consent: true, consent_language: "en" }, groupA)
      expect(given.status).toBe(200)
      expect(given.data.maker).toMatchObject({
        public_profile_consent: true,
        consent_recorded_by: groupA.memberId,
        consent_language: "en",
      })
      expect(given.data.consent_recorder).toMatchObject({ id: groupA.memberId })
      expect(given.data.public_maker).toMatchObject({ has_public_profile: true, display_name: "Dara Kim" })

      // The same answer again changes no record: the first recording stands.
      const again = await post(`/producer/makers/${id}`, { public_profile_consent: true, consent_language: "km" }, groupA)
      expect(again.status).toBe(200)
      expect(again.data.maker).toMatchObject({
        consent_recorded_at: given.data.maker.consent_recorded_at,
        consent_language: "en",
      })

      const withdrawn = await post(`/producer/makers/${id}`, { public_profile_consent: false, consent_language: "km" }, groupA)
      expect(withdrawn.status).toBe(200)
      expect(withdrawn.data.maker).toMatchObject({
        public_profile_consent: false,
        consent_recorded_by: groupA.memberId,
        consent_language: "km",
      })
      expect(withdrawn.data.public_maker).toMatchObject({ has_public_profile: false })
    })

    it("refuses a statement language without a consent answer, or one it does not know, with 400", async () => {
      const { data } = await post("/producer/makers", DARA, groupA)
      const alone = await post(`/producer/makers/${data.maker.id}`, { consent_language: "km" }, groupA)
      expect(alone.status).toBe(400)
      expect(alone.data.message).toContain("consent_language")
      const unknown = await post(
        "/producer/makers",
        { ...DARA, public_profile_consent: true, consent_language: "de" },
        groupA
      )
      expect(unknown.status).toBe(400)
      const [stored] = await producers.listMakers({ id: data.maker.id })
      expect(stored).toMatchObject({ consent_recorded_at: null, consent_language: null })
    })

    it("never takes the recorder from the body, nor lets another group's member record consent", async () => {
      const { data } = await post("/producer/makers", DARA, groupA)
      const forged = await post(
        `/producer/makers/${data.maker.id}`,
        { public_profile_consent: true, consent_recorded_by: groupB.memberId },
        groupA
      )
      expect(forged.status).toBe(400)
      const foreign = await post(`/producer/makers/${data.maker.id}`, { public_profile_consent: true }, groupB)
      expect(foreign.status).toBe(404)
      const [stored] = await producers.listMakers({ id: data.maker.id })
      expect(stored).toMatchObject({ public_profile_consent: false, consent_recorded_by: null })
    })
  },
})
