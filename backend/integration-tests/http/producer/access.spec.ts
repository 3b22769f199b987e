import http from "http"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { PRODUCER_MODULE } from "../../../src/modules/producer"
import type ProducerModuleService from "../../../src/modules/producer/service"
import { createProducerWithLogin, type ProducerLoginType } from "../../fixtures/producers"

jest.setTimeout(120_000)

const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==",
  "base64"
)

/** How long an answer may take while the body is still coming: long for a 401, short for 10 MB. */
const ANSWER_BEFORE_BODY_MS = 10_000

/**
 * Starts a 10 MB multipart upload to `path`, sends its first kilobyte and waits: a server that
 * checks the login first answers at once, one that parses the body first waits for the rest.
 */
function statusBeforeBodyEnds(baseURL: string, path: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const boundary = "sipakam-boundary"
    const request = http.request(new URL(path, baseURL), {
      method: "POST",
      headers: {
        "content-type": `multipart/form-data; boundary=${boundary}`,
        "content-length": String(10 * 1024 * 1024),
      },
    })
    const timer = setTimeout(() => {
      request.destroy()
      reject(new Error(`${path}: no answer while the body was still coming, so it was being read`))
    }, ANSWER_BEFORE_BODY_MS)
    request.on("response", (response) => {
      clearTimeout(timer)
      resolve(response.statusCode ?? 0)
      response.resume()
      request.destroy()
    })
    request.on("error", () => undefined)
    request.write(
      `--${boundary}\r\nContent-Disposition: form-data; name="files"; filename="big.png"\r\n` +
        `Content-Type: image/png\r\n\r\n${"x".repeat(1024)}`
    )
  })
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let container: MedusaContainer
    let producers: ProducerModuleService
    let suspended: ProducerLoginType
    let active: ProducerLoginType

    // The runner restores the database to its state after this hook before every test.
    beforeAll(async () => {
      container = getContainer()
      producers = container.resolve(PRODUCER_MODULE)
      suspended = await createProducerWithLogin(container, api, {
        handle: "suspended-weavers",
        email: "suspended@example.test",
        status: "suspended",
      })
      active = await createProducerWithLogin(container, api, {
        handle: "active-weavers",
        email: "active@example.test",
      })
    })

    describe("authentication of /producer, whatever the case of the path", () => {
      it.each(["/producer/uploads", "/PRODUCER/uploads", "/Producer/Uploads", "/producer/UPLOADS/"])(
        "answers an anonymous upload to %s with 401 before reading its body",
        async (path) => {
          expect(await statusBeforeBodyEnds(api.defaults.baseURL as string, path)).toBe(401)
        }
      )

      it.each(["/PRODUCER/me", "/Producer/Ledger", "/producer/ORDERS", "/PRODUCER/PRODUCTS"])(
        "answers an anonymous read of %s with 401",
        async (path) => {
          const response = await api.get(path).catch((error: any) => error.response)
          expect(response.status).toBe(401)
        }
      )

      it("answers an anonymous invite acceptance with 401, in any case", async () => {
        const anonymous = await api
          .post("/PRODUCER/invites/accept", { token: "x" })
          .catch((error: any) => error.response)
        expect(anonymous.status).toBe(401)
      })
    })

    describe("a suspended group", () => {
      it.each(["/producer/me", "/producer/products", "/producer/makers", "/producer/orders", "/producer/ledger"])(
        "may still read %s",
        async (path) => {
          const response = await api.get(path, suspended.headers)
          expect(response.status).toBe(200)
        }
      )

      const form = () => {
        const body = new FormData()
        body.append("files", new Blob([PNG], { type: "image/png" }), "photo.png")
        return body
      }
      const writes: [string, string, () => unknown][] = [
        ["POST", "/producer/me", () => ({ payout: { method: "aba", details: { account_name: "Thief", account_number: "999 999 999" } } })],
        ["POST", "/producer/uploads", form],
        ["POST", "/producer/makers", () => ({ first_name: "Sokha", crafts: ["hol-silk"] })],
        ["POST", "/producer/makers/maker_unknown", () => ({ first_name: "Sokha" })],
        ["DELETE", "/producer/makers/maker_unknown", () => undefined],
        ["POST", "/producer/products", () => ({ title: "Scarf" })],
        ["POST", "/producer/products/prod_unknown", () => ({ title: "Scarf" })],
        ["DELETE", "/producer/products/prod_unknown", () => undefined],
        ["POST", "/producer/orders/order_unknown/ship", () => ({ tracking_number: "X" })],
        ["POST", "/producer/orders/order_unknown/handover", () => ({})],
      ]

      it("is refused every write with 403 saying the group is suspended, and nothing changes", async () => {
        for (const [method, path, body] of writes) {
          const response = await api
            .request({ method, url: path, data: body(), ...suspended.headers })
            .catch((error: any) => error.response)
          expect({ method, path, status: response.status }).toEqual({ method, path, status: 403 })
          expect(response.data.message).toMatch(/suspended/i)
        }
        const [group] = await producers.listProducerGroups(
          { id: suspended.groupId },
          { relations: ["account", "makers"] }
        )
        expect(group.account ?? null).toBeNull()
        expect(group.makers).toHaveLength(0)
        const products = await api.get("/producer/products", suspended.headers)
        expect(products.data.products).toHaveLength(0)
      })

      it("does not stop an active group's writes (the positive control)", async () => {
        const response = await api.post(
          "/producer/makers",
          { first_name: "Sokha", crafts: ["hol-silk"] },
          active.headers
        )
        expect(response.status).toBe(200)
      })
    })
  },
})
