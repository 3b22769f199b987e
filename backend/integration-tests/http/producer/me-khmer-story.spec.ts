import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { createStep, createWorkflow } from "@medusajs/framework/workflows-sdk"
import { updateProducerGroupProfileWorkflow } from "../../../src/workflows/producer/workflows/update-producer-group-profile"
import { createProducerWithLogin, type ProducerLoginType } from "../../fixtures/producers"

jest.setTimeout(120_000)

const STORY = "Eighteen weavers of Prey Kabbas keep hol silk alive."
const STORY_KM = "ត្បាញករ ១៨ នាក់នៃព្រៃកប្បាស រក្សាសូត្រហូលឱ្យនៅរស់។"

const failAfterProfileStep = createStep("test-fail-after-khmer-story", async () => {
  throw new Error("Search index unreachable")
})
const updateProfileThenFailWorkflow = createWorkflow(
  "test-update-khmer-story-then-fail",
  (input: Parameters<typeof updateProducerGroupProfileWorkflow.runAsStep>[0]["input"]) => {
    updateProducerGroupProfileWorkflow.runAsStep({ input })
    failAfterProfileStep()
  }
)

/**
 * A group writes its story in Khmer as well as English: the Khmer one is the group's Khmer
 * translation (Translation Module, km-KH), which GET /producer/me answers as `story_km` and the
 * store serves for `?locale=km-KH`, as products keep their Khmer texts.
 */
medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let container: MedusaContainer
    let groupA: ProducerLoginType
    let groupB: ProducerLoginType
    let publishableKey: string

    const post = (url: string, body: unknown, login: ProducerLoginType) =>
      api.post(url, body, login.headers).catch((error: any) => error.response)
    const me = async (login: ProducerLoginType) => (await api.get("/producer/me", login.headers)).data.group
    const storeStory = async (handle: string, locale?: string) =>
      (
        await api.get(`/store/producers/${handle}${locale ? `?locale=${locale}` : ""}`, {
          headers: { "x-publishable-api-key": publishableKey },
        })
      ).data.producer_group.story

    beforeAll(async () => {
      container = getContainer()
      groupA = await createProducerWithLogin(container, api, { handle: "story-a", email: "story-a@example.test" })
      groupB = await createProducerWithLogin(container, api, { handle: "story-b", email: "story-b@example.test" })
      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const { data: keys } = await query.graph({
        entity: "api_key",
        fields: ["token"],
        filters: { type: "publishable" },
      })
      publishableKey = keys[0].token
    })

    it("answers no Khmer story until one is written", async () => {
      expect(await me(groupA)).toMatchObject({ story: null, story_km: null })
    })

    it("keeps the story in Khmer beside the English one, and the store tells it for km-KH", async () => {
      const response = await post("/producer/me", { story: STORY, story_km: `  ${STORY_KM}  ` }, groupA)
      expect(response.status).toBe(200)
      expect(response.data.group).toMatchObject({ story: STORY, story_km: STORY_KM })
      expect(await me(groupA)).toMatchObject({ story: STORY, story_km: STORY_KM })
      expect(await storeStory("story-a", "km-KH")).toBe(STORY_KM)
      expect(await storeStory("story-a")).toBe(STORY)

      // Another field alone leaves the Khmer story as it is.
      const village = await post("/producer/me", { village: "Prey Kabbas" }, groupA)
      expect(village.data.group).toMatchObject({ village: "Prey Kabbas", story_km: STORY_KM })
    })

    it("removes the Khmer story when it is emptied: the store falls back to English", async () => {
      await post("/producer/me", { story: STORY, story_km: STORY_KM }, groupA)
      const emptied = await post("/producer/me", { story_km: "   " }, groupA)
      expect(emptied.status).toBe(200)
      expect(emptied.data.group.story_km).toBeNull()
      expect(await storeStory("story-a", "km-KH")).toBe(STORY)

      await post("/producer/me", { story_km: STORY_KM }, groupA)
      const cleared = await post("/producer/me", { story_km: null }, groupA)
      expect(cleared.data.group.story_km).toBeNull()
    })

    it("only touches the member's own group", async () => {
      await post("/producer/me", { story_km: STORY_KM }, groupA)
      await post("/producer/me", { story_km: "រឿងរបស់ក្រុមផ្សេង" }, groupB)
      expect((await me(groupA)).story_km).toBe(STORY_KM)
      expect((await me(groupB)).story_km).toBe("រឿងរបស់ក្រុមផ្សេង")
    })

    it("refuses a Khmer story over 5,000 characters with 400, changing nothing", async () => {
      await post("/producer/me", { story_km: STORY_KM }, groupA)
      const response = await post("/producer/me", { story_km: "ក".repeat(5001) }, groupA)
      expect(response.status).toBe(400)
      expect((await me(groupA)).story_km).toBe(STORY_KM)
    })

    it("restores the Khmer story when a later step fails", async () => {
      await post("/producer/me", { story_km: STORY_KM }, groupA)
      const { errors } = await updateProfileThenFailWorkflow(container).run({
        input: { group_id: groupA.groupId, profile: {}, khmer: { story: "សរសេរជាន់លើ" } },
        throwOnError: false,
      })
      expect(errors[0].error.message).toMatch(/unreachable/)
      expect((await me(groupA)).story_km).toBe(STORY_KM)
    })
  },
})
