import { createHash, randomBytes } from "crypto"

/** How long a company invitation can be accepted. */
export const COMPANY_INVITE_TTL_MS = 14 * 24 * 60 * 60 * 1000

/** 32 random bytes: the token is the only proof the invitee holds, so it must not be guessable. */
export function newInviteToken(): string {
  return randomBytes(32).toString("base64url")
}

/** What is stored of a token: its SHA-256, so that a copy of the database accepts no invitation. */
export function hashInviteToken(token: string): string {
  return createHash("sha256").update(token).digest("hex")
}
