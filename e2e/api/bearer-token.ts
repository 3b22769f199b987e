import type { APIRequestContext } from "@playwright/test"
import { BACKEND_URL, type AccountType } from "../stack"
import { answerOf } from "./answer-of"

/** Logs an account in as Medusa's `user` (admin) or our `producer` actor and answers its JWT. */
export async function bearerToken(
  request: APIRequestContext,
  actor: "user" | "producer",
  account: AccountType
): Promise<string> {
  const { token } = await answerOf<{ token: string }>(
    await request.post(`${BACKEND_URL}/auth/${actor}/emailpass`, { data: account })
  )
  return token
}
