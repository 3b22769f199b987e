import type { IncomingMessage } from "node:http"
import proxyaddr from "proxy-addr"
import { clientAddress } from "../client-address"

function request(peer: string, forwardedFor?: string): IncomingMessage {
  return {
    socket: { remoteAddress: peer },
    connection: { remoteAddress: peer },
    headers: forwardedFor ? { "x-forwarded-for": forwardedFor } : {},
  } as unknown as IncomingMessage
}

describe("clientAddress", () => {
  const trustNone = proxyaddr.compile([])
  const trustPrivate = proxyaddr.compile(["loopback", "10.0.0.0/8"])

  it("is the connection's peer when no proxy is trusted, whatever X-Forwarded-For says", () => {
    expect(clientAddress(request("198.51.100.4"), trustNone)).toBe("198.51.100.4")
    expect(clientAddress(request("198.51.100.4", "203.0.113.7"), trustNone)).toBe("198.51.100.4")
  })

  it("is the address a trusted proxy saw", () => {
    expect(clientAddress(request("10.0.0.2", "203.0.113.7"), trustPrivate)).toBe("203.0.113.7")
    expect(clientAddress(request("127.0.0.1", "203.0.113.7"), trustPrivate)).toBe("203.0.113.7")
  })

  it("ignores what the client wrote before the trusted proxy's entry", () => {
    expect(clientAddress(request("10.0.0.2", "192.0.2.1, 203.0.113.7"), trustPrivate)).toBe("203.0.113.7")
  })

  it("does not believe X-Forwarded-For from a peer that is not a trusted proxy", () => {
    expect(clientAddress(request("198.51.100.4", "203.0.113.7"), trustPrivate)).toBe("198.51.100.4")
  })
})
