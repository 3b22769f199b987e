import jwt from "jsonwebtoken"
import {
  ORDER_CONFIRMATION_TTL_SECONDS,
  signOrderConfirmationToken,
  verifyOrderConfirmationToken,
} from "../order-confirmation-token"

const SECRET = "a-long-test-secret-of-at-least-32-characters"
const ORDER = "order_01TESTORDER"
const NOW = new Date("2026-11-28T10:00:00.000Z")

describe("order confirmation tokens", () => {
  it("let their bearer read the order they name for 24 hours", () => {
    const { token, expires_at } = signOrderConfirmationToken(ORDER, SECRET, NOW)
    expect(expires_at).toEqual("2026-11-29T10:00:00.000Z")
    expect(verifyOrderConfirmationToken(token, ORDER, SECRET, NOW)).toBe(true)
    const justBefore = new Date(NOW.getTime() + (ORDER_CONFIRMATION_TTL_SECONDS - 1) * 1000)
    expect(verifyOrderConfirmationToken(token, ORDER, SECRET, justBefore)).toBe(true)
  })

  it("expire after 24 hours", () => {
    const { token } = signOrderConfirmationToken(ORDER, SECRET, NOW)
    const after = new Date(NOW.getTime() + ORDER_CONFIRMATION_TTL_SECONDS * 1000 + 1000)
    expect(verifyOrderConfirmationToken(token, ORDER, SECRET, after)).toBe(false)
  })

  it("name one order only", () => {
    const { token } = signOrderConfirmationToken(ORDER, SECRET, NOW)
    expect(verifyOrderConfirmationToken(token, "order_01OTHER", SECRET, NOW)).toBe(false)
  })

  it("are refused when signed with another secret, tampered with, or garbage", () => {
    const { token } = signOrderConfirmationToken(ORDER, SECRET, NOW)
    expect(verifyOrderConfirmationToken(token, ORDER, `${SECRET}-other`, NOW)).toBe(false)
    const [header, , signature] = token.split(".")
    const forged = Buffer.from(JSON.stringify({ sub: "order_01OTHER", exp: 9999999999 })).toString("base64url")
    expect(verifyOrderConfirmationToken(`${header}.${forged}.${signature}`, "order_01OTHER", SECRET, NOW)).toBe(false)
    expect(verifyOrderConfirmationToken("not-a-token", ORDER, SECRET, NOW)).toBe(false)
  })

  it("are not interchangeable with tokens signed by the plain JWT secret (login tokens)", () => {
    const login = jwt.sign({ sub: ORDER, aud: "sipakam:order-confirmation" }, SECRET, { expiresIn: "1h" })
    expect(verifyOrderConfirmationToken(login, ORDER, SECRET, new Date())).toBe(false)
  })
})
