import { rmSync } from "fs"
import path from "path"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import sharp from "sharp"
import { createProducerWithLogin, type ProducerLoginType } from "../../fixtures/producers"

jest.setTimeout(180_000)

// The test app serves /static from <cwd>/static, where the local file provider writes.
const UPLOAD_DIR = path.join(process.cwd(), "static")

const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==",
  "base64"
)

type FileType = { name: string; type: string; content: Buffer }

function form(files: FileType[]) {
  const data = new FormData()
  for (const file of files) {
    data.append("files", new Blob([new Uint8Array(file.content)], { type: file.type }), file.name)
  }
  return data
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let container: MedusaContainer
    let groupA: ProducerLoginType
    let groupB: ProducerLoginType
    const uploaded: string[] = []

    const upload = async (files: FileType[], login: ProducerLoginType) => {
      const response = await api.post("/producer/uploads", form(files), login.headers).catch((error: any) => error.response)
      for (const file of response.data.files ?? []) {
        uploaded.push(new URL(file.url).pathname.split("/").pop() as string)
      }
      return response
    }

    /** Rows the database holds about a group's uploads. */
    const uploadRows = async (groupId: string) => {
      const db = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
      const [{ count }] = await db("producer_upload").where({ group_id: groupId }).count("* as count")
      return Number(count)
    }

    beforeAll(async () => {
      container = getContainer()
      groupA = await createProducerWithLogin(container, api, { handle: "prey-kabbas", email: "a@example.test" })
      groupB = await createProducerWithLogin(container, api, { handle: "kampong-chhnang", email: "b@example.test" })
    })

    afterAll(() => {
      for (const name of uploaded) {
        rmSync(path.join(UPLOAD_DIR, name), { force: true })
      }
    })

    describe("POST /producer/uploads", () => {
      it("refuses an image of more than 40 megapixels, saying the limit, and stores nothing", async () => {
        const big = await sharp({ create: { width: 7000, height: 6000, channels: 3, background: "#8b1e1e" } })
          .jpeg()
          .toBuffer()
        const before = await uploadRows(groupA.groupId)

        const response = await upload([{ name: "billboard.jpg", type: "image/jpeg", content: big }], groupA)

        expect(response.status).toBe(400)
        expect(response.data.message).toMatch(/billboard\.jpg .*42\.0 megapixels.*at most 40 megapixels/)
        expect(await uploadRows(groupA.groupId)).toBe(before)
      })

      it("refuses a file that starts like a PNG but is not an image that can be read", async () => {
        const broken = Buffer.concat([PNG.subarray(0, 8), Buffer.from("not the rest of a png")])

        const response = await upload([{ name: "broken.png", type: "image/png", content: broken }], groupA)

        expect(response.status).toBe(400)
        expect(response.data.message).toMatch(/broken\.png is not an image that can be read/)
      })

      it("records each upload as its group's, and refuses uploads past the group's quota of 500", async () => {
        const ten = Array.from({ length: 10 }, (_, i) => ({ name: `${i}.png`, type: "image/png", content: PNG }))
        const already = await uploadRows(groupA.groupId)
        for (let done = already; done + 10 <= 500; done += 10) {
          expect((await upload(ten, groupA)).status).toBe(200)
        }
        const left = 500 - (await uploadRows(groupA.groupId))
        if (left > 0) {
          expect((await upload(ten.slice(0, left), groupA)).status).toBe(200)
        }
        expect(await uploadRows(groupA.groupId)).toBe(500)

        const refused = await upload(ten.slice(0, 1), groupA)

        expect(refused.status).toBe(400)
        expect(refused.data.message).toMatch(/upload quota of 500 images and 1024 MB/)
        expect(await uploadRows(groupA.groupId)).toBe(500)
        // Another group's quota is its own.
        expect((await upload(ten.slice(0, 1), groupB)).status).toBe(200)
        expect(await uploadRows(groupB.groupId)).toBe(1)
      })
    })
  },
})
