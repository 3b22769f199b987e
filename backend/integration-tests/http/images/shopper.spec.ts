import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { IFileModuleService } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import sharp from "sharp"

jest.setTimeout(120_000)

/** An image of one colour, `width` x `height`. */
const plain = (width: number, height: number) =>
  sharp({ create: { width, height, channels: 3, background: "#8b1e1e" } })

/** A phone photo's shape: 1600 x 1000, stored sideways with EXIF orientation 6 (turn right). */
const sidewaysJpeg = () => plain(1600, 1000).jpeg().withMetadata({ orientation: 6 }).toBuffer()

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    const stored: string[] = []
    let files: IFileModuleService
    let photoKey: string

    const get = (url: string) => api.get(url, { responseType: "arraybuffer" }).catch((error: any) => error.response)

    const store = async (filename: string, mimeType: string, content: Buffer, access: "public" | "private" = "public") => {
      const [file] = await files.createFiles([{ filename, mimeType, content: content.toString("base64"), access }])
      stored.push(file.id)
      return file.id
    }

    beforeAll(async () => {
      files = getContainer().resolve(Modules.FILE)
      photoKey = await store("loom.jpg", "image/jpeg", await sidewaysJpeg())
    })

    afterAll(async () => {
      await files.deleteFiles(stored)
    })

    describe("GET /images/:key", () => {
      it("answers the photo at the asked width, upright, as WebP that browsers may keep", async () => {
        const response = await get(`/images/${photoKey}?w=360`)

        expect(response.status).toBe(200)
        expect(response.headers["content-type"]).toBe("image/webp")
        expect(response.headers["cache-control"]).toBe("public, max-age=31536000, immutable")
        const { format, width, height } = await sharp(Buffer.from(response.data)).metadata()
        expect({ format, width, height }).toEqual({ format: "webp", width: 360, height: 576 })
      })

      it("never enlarges a photo smaller than the width asked", async () => {
        const small = await store("small.png", "image/png", await plain(200, 100).png().toBuffer())

        const response = await get(`/images/${small}?w=720`)

        expect(response.status).toBe(200)
        expect((await sharp(Buffer.from(response.data)).metadata()).width).toBe(200)
      })

      it("answers an upright WebP no wider than asked as it was stored", async () => {
        const webp = await plain(300, 300).webp().toBuffer()
        const key = await store("thumbnail.webp", "image/webp", webp)

        const response = await get(`/images/${key}?w=360`)

        expect(response.status).toBe(200)
        expect(Buffer.from(response.data).equals(webp)).toBe(true)
      })

      it.each([["w=500"], ["w=abc"], [""], ["w=360&x=1"]])("refuses the query %p with 400", async (query) => {
        const response = await get(`/images/${photoKey}?${query}`)

        expect(response.status).toBe(400)
      })

      it("answers 404 for a file that does not exist", async () => {
        expect((await get("/images/1234-missing.jpg?w=360")).status).toBe(404)
      })

      it("answers 404 for a private file, an SVG and a file that is not an image", async () => {
        const privateKey = await store("invoice.png", "image/png", await plain(10, 10).png().toBuffer(), "private")
        const svg = await store("drawing.svg", "image/svg+xml", Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'))
        const notAnImage = await store("notes.jpg", "image/jpeg", Buffer.from("not a photo"))

        for (const key of [privateKey, svg, notAnImage]) {
          expect((await get(`/images/${key}?w=360`)).status).toBe(404)
        }
      })

      it("refuses to decode a photo of more than 40 megapixels", async () => {
        const key = await store("billboard.jpg", "image/jpeg", await plain(7000, 6000).jpeg().toBuffer())

        expect((await get(`/images/${key}?w=360`)).status).toBe(404)
      })

      it("remembers a missing key, and answers it again without asking the File Module", async () => {
        const reads = jest.spyOn(files, "getAsBuffer")
        try {
          for (const width of [360, 360, 720]) {
            expect((await get(`/images/1234-never-uploaded.jpg?w=${width}`)).status).toBe(404)
          }
          expect(reads).toHaveBeenCalledTimes(1)
        } finally {
          reads.mockRestore()
        }
      })

      it("resizes a few photos at a time, queues some and answers the rest 503 with Retry-After", async () => {
        const keys: string[] = []
        for (let i = 0; i < 6; i++) {
          keys.push(await store(`queue-${i}.png`, "image/png", await plain(400, 300).png().toBuffer()))
        }
        // Every read of a file waits until the gate opens: resizes stay busy while requests arrive.
        let open = () => {}
        const gate = new Promise<void>((resolve) => (open = resolve))
        const read = files.getAsBuffer.bind(files)
        const reads = jest.spyOn(files, "getAsBuffer").mockImplementation(async (key) => {
          await gate
          return read(key)
        })
        // Without a bound nothing is refused: open the gate anyway, so the test ends.
        const timer = setTimeout(open, 15_000)
        try {
          const requests = keys.flatMap((key) => [240, 360, 720, 1200].map((width) => `/images/${key}?w=${width}`))
          const responses = await Promise.all(
            requests.slice(0, 23).map((url) =>
              get(url).then((response: any) => {
                if (response.status === 503) open()
                return response
              })
            )
          )
          const busy = responses.filter((response: any) => response.status === 503)
          expect(busy.length).toBeGreaterThan(0)
          expect(busy[0].headers["retry-after"]).toBe("2")
          expect(responses.filter((response: any) => response.status === 200)).toHaveLength(23 - busy.length)
        } finally {
          clearTimeout(timer)
          open()
          reads.mockRestore()
        }
      })

      it("answers 404 for a key that tries to leave the uploads", async () => {
        expect((await get(`/images/${encodeURIComponent("../package.json")}?w=360`)).status).toBe(404)
      })
    })
  },
})
