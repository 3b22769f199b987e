import { existsSync, rmSync } from "fs"
import path from "path"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { createStep, createWorkflow } from "@medusajs/framework/workflows-sdk"
import { PRODUCER_MODULE } from "../../../src/modules/producer"
import type ProducerModuleService from "../../../src/modules/producer/service"
import { updateProducerGroupProfileWorkflow } from "../../../src/workflows/producer/workflows/update-producer-group-profile"
import { createProducerWithLogin, type ProducerLoginType } from "../../fixtures/producers"

jest.setTimeout(120_000)

// The test app serves /static from <cwd>/static, where the local file provider writes.
const UPLOAD_DIR = path.join(process.cwd(), "static")

const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==",
  "base64"
)

const FULL_PROFILE = {
  story: "Eighteen weavers of Prey Kabbas keep hol silk alive.",
  village: "Prey Kabbas",
  contact_email: "weavers@example.test",
  contact_phone: "+855 12 345 678",
  payout: { method: "aba", details: { account_name: "Prey Kabbas Weavers", account_number: "001 234 567" } },
}

/** A second workflow that updates the profile, then fails: nothing of the update may stay. */
const failAfterProfileStep = createStep("test-fail-after-profile-update", async () => {
  throw new Error("Payment provider unreachable")
})
const updateProfileThenFailWorkflow = createWorkflow(
  "test-update-profile-then-fail",
  (input: Parameters<typeof updateProducerGroupProfileWorkflow.runAsStep>[0]["input"]) => {
    updateProducerGroupProfileWorkflow.runAsStep({ input })
    failAfterProfileStep()
  }
)

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let container: MedusaContainer
    let producers: ProducerModuleService
    let groupA: ProducerLoginType
    let groupB: ProducerLoginType

    const post = (url: string, body: unknown, login: ProducerLoginType) =>
      api.post(url, body, login.headers).catch((error: any) => error.response)

    /** FULL_PROFILE with two photos and a logo that the group uploaded. */
    const uploadedProfile = async (login: ProducerLoginType) => {
      const data = new FormData()
      for (const name of ["looms.png", "dyes.png", "logo.png"]) {
        data.append("files", new Blob([new Uint8Array(PNG)], { type: "image/png" }), name)
      }
      const response = await api.post("/producer/uploads", data, login.headers)
      const [looms, dyes, logo] = response.data.files.map((file: { url: string }) => file.url)
      return { ...FULL_PROFILE, photos: [looms, dyes], logo_url: logo as string }
    }
    let profileA: Awaited<ReturnType<typeof uploadedProfile>>
    let profileB: Awaited<ReturnType<typeof uploadedProfile>>

    beforeAll(async () => {
      container = getContainer()
      producers = container.resolve(PRODUCER_MODULE)
      groupA = await createProducerWithLogin(container, api, { handle: "prey-kabbas", email: "a@example.test" })
      groupB = await createProducerWithLogin(container, api, { handle: "kampong-chhnang", email: "b@example.test" })
      profileA = await uploadedProfile(groupA)
      profileB = await uploadedProfile(groupB)
    })

    afterAll(() => {
      for (const url of [...profileA.photos, profileA.logo_url, ...profileB.photos, profileB.logo_url]) {
        rmSync(path.join(UPLOAD_DIR, new URL(url).pathname.split("/").pop() as string), { force: true })
      }
    })

    describe("GET /producer/me", () => {
      it("answers the member and its own group, with no account until one is recorded", async () => {
        const response = await api.get("/producer/me", groupA.headers)
        expect(response.status).toBe(200)
        expect(response.data.member).toMatchObject({ id: groupA.memberId, email: "a@example.test" })
        expect(response.data.group).toMatchObject({
          id: groupA.groupId,
          handle: "prey-kabbas",
          status: "active",
          trusted: false,
          commission_rate_bps: 1500,
          photos: [],
          account: null,
        })
      })

      it("needs a producer login", async () => {
        const response = await api.get("/producer/me").catch((error: any) => error.response)
        expect(response.status).toBe(401)
      })

      it("refuses unknown query parameters", async () => {
        const response = await api
          .get("/producer/me?fields=*members", groupA.headers)
          .catch((error: any) => error.response)
        expect(response.status).toBe(400)
      })
    })

    describe("POST /producer/me", () => {
      it("updates the group's profile, contacts and payout destination", async () => {
        const response = await post("/producer/me", profileA, groupA)
        expect(response.status).toBe(200)
        expect(response.data.group).toMatchObject({
          id: groupA.groupId,
          story: FULL_PROFILE.story,
          village: "Prey Kabbas",
          photos: profileA.photos,
          logo_url: profileA.logo_url,
          account: {
            contact_email: "weavers@example.test",
            contact_phone: "+855 12 345 678",
            payout_method: "aba",
            payout_details: FULL_PROFILE.payout.details,
          },
        })

        const wing = await post(
          "/producer/me",
          { payout: { method: "wing", details: { account_name: "Sokha Chan", phone: "+855 97 123 4567" } } },
          groupA
        )
        expect(wing.status).toBe(200)
        // The new method's details replace the old ones, with nothing of the old left in them.
        expect(wing.data.group.account).toEqual({
          contact_email: "weavers@example.test",
          contact_phone: "+855 12 345 678",
          payout_method: "wing",
          payout_details: { account_name: "Sokha Chan", phone: "+855 97 123 4567" },
          status_reason: null,
        })
        expect(wing.data.group.story).toBe(FULL_PROFILE.story)
        expect(await producers.listProducerGroupAccounts({ group_id: groupA.groupId })).toHaveLength(1)

        const cleared = await post("/producer/me", { story: null, logo_url: null, photos: [] }, groupA)
        expect(cleared.data.group).toMatchObject({ story: null, logo_url: null, photos: [] })
      })

      it.each([
        ["bank_transfer", { bank_name: "ACLEDA", account_name: "Weavers", account_number: "0001-02-345678-9" }],
        ["aba", { account_name: "Weavers", account_number: "001234567" }],
        ["wing", { account_name: "Weavers", phone: "012345678" }],
        ["khqr", { account_name: "Weavers", bakong_account_id: "weavers@aclb" }],
        ["cash", { recipient_name: "Sokha Chan", pickup_note: "At the Siem Reap hub" }],
      ])("accepts %s payout details of their own shape", async (method, details) => {
        const response = await post("/producer/me", { payout: { method, details } }, groupA)
        expect(response.status).toBe(200)
        expect(response.data.group.account).toEqual({
          contact_email: null,
          contact_phone: null,
          payout_method: method,
          payout_details: details,
          status_reason: null,
        })
      })

      it("only touches the member's own group", async () => {
        await post("/producer/me", profileB, groupB)
        const a = await api.get("/producer/me", groupA.headers)
        expect(a.data.group).toMatchObject({ story: null, village: null, account: null })
      })

      describe("refuses bad input with 400 and changes nothing", () => {
        const cases: [string, unknown][] = [
          ["the commission rate", { commission_rate_bps: 0 }],
          ["the status", { status: "active" }],
          ["the trusted flag", { trusted: true }],
          ["the handle", { handle: "taken-over" }],
          ["another group's id", { group_id: "pgrp_other", story: "Hijack" }],
          ["a story of the wrong type", { story: 42 }],
          ["an oversized story", { story: "ក".repeat(5001) }],
          ["photos that are not a list", { photos: "https://cdn.example.test/a.jpg" }],
          ["a photo that is not a URL", { photos: ["not a url"] }],
          ["a script URL as logo", { logo_url: "javascript:alert(1)" }],
          ["too many photos", { photos: Array.from({ length: 13 }, (_, i) => `https://cdn.example.test/${i}.jpg`) }],
          ["a malformed contact email", { contact_email: "weavers-at-example" }],
          ["an unknown payout method", { payout: { method: "paypal", details: { email: "x@example.test" } } }],
          ["payout details of another method", { payout: { method: "aba", details: { bank_name: "ABA", account_name: "W", account_number: "001234567" } } }],
          ["a malformed ABA account", { payout: { method: "aba", details: { account_name: "W", account_number: "12" } } }],
          ["missing payout details", { payout: { method: "khqr" } }],
          ["a payout method without details' required fields", { payout: { method: "bank_transfer", details: { account_name: "W" } } }],
        ]
        it.each(cases)("%s", async (_case, body) => {
          const before = await api.get("/producer/me", groupA.headers)
          const response = await post("/producer/me", body, groupA)
          expect(response.status).toBe(400)
          const after = await api.get("/producer/me", groupA.headers)
          expect(after.data).toEqual(before.data)
        })

        it("photos or a logo that are not the group's own uploads, naming the field", async () => {
          const before = await api.get("/producer/me", groupA.headers)
          for (const [field, body] of [
            ["photos", { photos: [profileA.photos[0], "https://cdn.example.test/looms.jpg"] }],
            ["logo_url", { logo_url: "https://cdn.example.test/logo.png" }],
            ["photos", { photos: profileB.photos }],
            ["logo_url", { logo_url: profileB.logo_url }],
          ] as const) {
            const response = await post("/producer/me", { story: "Changed", ...body }, groupA)
            expect(response.status).toBe(400)
            expect(response.data.message).toMatch(new RegExp(`own uploads.*${field} https?://`))
          }
          expect((await api.get("/producer/me", groupA.headers)).data).toEqual(before.data)
        })

        it("malformed JSON", async () => {
          const before = await api.get("/producer/me", groupA.headers)
          const response = await api
            .post("/producer/me", '{"story": "half', {
              headers: { ...groupA.headers.headers, "content-type": "application/json" },
            })
            .catch((error: any) => error.response)
          expect(response.status).toBe(400)
          expect((await api.get("/producer/me", groupA.headers)).data).toEqual(before.data)
        })
      })

      it("restores the profile and account when a later step fails", async () => {
        await post("/producer/me", profileA, groupA)
        const before = await api.get("/producer/me", groupA.headers)

        const { errors } = await updateProfileThenFailWorkflow(container).run({
          input: {
            group_id: groupA.groupId,
            profile: { story: "Overwritten", photos: [], village: "Elsewhere" },
            account: { contact_email: "new@example.test", payout_method: "cash", payout_details: { recipient_name: "X" } },
          },
          throwOnError: false,
        })
        expect(errors[0].error.message).toMatch(/unreachable/)
        expect((await api.get("/producer/me", groupA.headers)).data).toEqual(before.data)

        const { errors: firstAccountErrors } = await updateProfileThenFailWorkflow(container).run({
          input: { group_id: groupB.groupId, profile: {}, account: { contact_phone: "012345678" } },
          throwOnError: false,
        })
        expect(firstAccountErrors).toHaveLength(1)
        expect(await producers.listProducerGroupAccounts({ group_id: groupB.groupId })).toHaveLength(0)
      })
    })

    describe("POST /producer/uploads", () => {
      const uploaded: string[] = []
      afterAll(() => {
        for (const file of uploaded) {
          const stored = path.join(UPLOAD_DIR, file)
          if (existsSync(stored)) {
            rmSync(stored)
          }
        }
      })

      function form(files: { name: string; type: string; content: Buffer }[]) {
        const data = new FormData()
        for (const file of files) {
          data.append("files", new Blob([new Uint8Array(file.content)], { type: file.type }), file.name)
        }
        return data
      }

      const upload = (data: FormData, login?: ProducerLoginType) =>
        api.post("/producer/uploads", data, login?.headers).catch((error: any) => error.response)

      it("stores images through the File Module and answers their URLs", async () => {
        const response = await upload(
          form([
            { name: "loom.png", type: "image/png", content: PNG },
            { name: "../../etc/passwd.png", type: "image/png", content: PNG },
          ]),
          groupA
        )
        expect(response.status).toBe(200)
        expect(response.data.files).toHaveLength(2)
        for (const file of response.data.files) {
          expect(file).toEqual({ id: expect.any(String), url: expect.stringMatching(/\/static\/.+\.png$/) })
          const name = new URL(file.url).pathname.split("/").pop() as string
          uploaded.push(name)
          expect(name).toContain(groupA.groupId)
          expect(name).not.toMatch(/passwd|loom/)
          const served = await api.get(new URL(file.url).pathname, { responseType: "arraybuffer" })
          expect(Buffer.from(served.data).equals(PNG)).toBe(true)
        }
      })

      it.each([
        ["an SVG", { name: "logo.svg", type: "image/svg+xml", content: Buffer.from("<svg onload='alert(1)'/>") }],
        ["a text file", { name: "notes.txt", type: "text/plain", content: Buffer.from("hello") }],
        ["a file claiming to be a PNG", { name: "fake.png", type: "image/png", content: Buffer.from("<script>") }],
        ["an image over 5 MB", { name: "huge.png", type: "image/png", content: Buffer.concat([PNG, Buffer.alloc(5 * 1024 * 1024)]) }],
      ])("refuses %s with 400", async (_case, file) => {
        const response = await upload(form([file]), groupA)
        expect(response.status).toBe(400)
      })

      it("refuses more than 10 images at once, and none at all", async () => {
        const eleven = Array.from({ length: 11 }, (_, i) => ({ name: `${i}.png`, type: "image/png", content: PNG }))
        expect((await upload(form(eleven), groupA)).status).toBe(400)
        expect((await upload(form([]), groupA)).status).toBe(400)
      })

      it("needs a producer login", async () => {
        const response = await upload(form([{ name: "a.png", type: "image/png", content: PNG }]))
        expect(response.status).toBe(401)
      })
    })
  },
})
