import { FetchError } from "@medusajs/js-sdk"
import { queryOptions, useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import * as z from "zod"
import {
  forgetProducerToken,
  hasProducerToken,
  producerAuth,
  producerGet,
  producerSend,
  studioErrorKind,
} from "@/features/studio/api/producer-client"

/** The payout destinations the producer API knows (backend/src/api/producer/me/validators.ts). */
export type PayoutMethodType = "bank_transfer" | "aba" | "wing" | "khqr"

export type ProducerGroupType = {
  id: string
  handle: string
  name: string
  province: string
  village: string | null
  story: string | null
  logo_url: string | null
  photos: string[] | null
  status: "pending" | "active" | "suspended"
  trusted: boolean
  commission_rate_bps: number
  account: {
    contact_email: string | null
    contact_phone: string | null
    payout_method: PayoutMethodType | null
    payout_details: Record<string, string> | null
    status_reason: string | null
  } | null
}

export type ProducerMemberType = {
  id: string
  email: string
  first_name: string | null
  last_name: string | null
  phone: string | null
}

export type ProducerMeType = { member: ProducerMemberType; group: ProducerGroupType }

export const STUDIO_ME_QUERY_KEY = ["studio", "me"] as const

/** The logged-in coordinator and their group; null when nobody is logged in on this phone. */
export async function retrieveMe(): Promise<ProducerMeType | null> {
  if (!hasProducerToken()) return null
  try {
    return await producerGet<ProducerMeType>("/producer/me")
  } catch (error) {
    if (studioErrorKind(error) === "loggedOut") {
      // The token expired or its member is gone: the phone forgets it and asks for a login.
      forgetProducerToken()
      return null
    }
    throw error
  }
}

export const meQueryOptions = () =>
  queryOptions({ queryKey: STUDIO_ME_QUERY_KEY, queryFn: retrieveMe, staleTime: 5 * 60_000 })

export function useProducerMe() {
  return useQuery(meQueryOptions())
}

/** Messages are keys under `access.errors`. */
export const StudioLogInSchema = z
  .object({
    email: z.email({ error: "email" }),
    password: z.string().min(1, { error: "required" }),
  })
  .strict()
export type StudioLogInType = z.infer<typeof StudioLogInSchema>

/** Medusa accepts any password; a coordinator's protects a group's money, so at least 8 characters. */
export const StudioJoinSchema = z
  .object({
    code: z.string().trim().min(1, { error: "required" }).max(200, { error: "tooLong" }),
    email: z.email({ error: "email" }).max(254, { error: "tooLong" }),
    password: z.string().min(8, { error: "passwordShort" }).max(200, { error: "tooLong" }),
    firstName: z.string().trim().max(100, { error: "tooLong" }),
  })
  .strict()
export type StudioJoinType = z.infer<typeof StudioJoinSchema>

/** Medusa answers a login as a redirect only for providers the studio does not use. */
export class LoginNotCompletedError extends Error {}

async function logIn({ email, password }: StudioLogInType): Promise<void> {
  const result = await producerAuth().login("producer", "emailpass", { email, password })
  if (typeof result !== "string") {
    throw new LoginNotCompletedError("This login needs a step the studio does not offer.")
  }
}

/**
 * A token for a new identity. An email registered by an earlier try (whose code was mistyped)
 * logs in with its password instead, so the coordinator can simply try again.
 */
async function registerOrLogIn({ email, password }: StudioLogInType): Promise<void> {
  try {
    await producerAuth().register("producer", "emailpass", { email, password })
  } catch (error) {
    if (!(error instanceof FetchError) || ![400, 401].includes(error.status ?? 0)) throw error
    await logIn({ email, password }).catch(() => {
      throw new EmailTakenError(error.message)
    })
  }
}

/** The email belongs to another login whose password was not given. */
export class EmailTakenError extends Error {}

/**
 * Joins a group with the code of its invitation: registers the email and password, accepts the
 * invitation with that new identity, then logs in as the group's member.
 */
async function join({ code, email, password, firstName }: StudioJoinType): Promise<void> {
  await registerOrLogIn({ email, password })
  await producerSend("/producer/invites/accept", {
    body: { token: code, ...(firstName ? { first_name: firstName } : {}) },
  })
  await logIn({ email, password })
}

function useSessionMutation<TInput>(change: (input: TInput) => Promise<void>) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: change,
    // Another coordinator's data must never show after a new login: start from nothing.
    onSuccess: async () => {
      client.removeQueries({ queryKey: ["studio"] })
      await client.fetchQuery(meQueryOptions())
    },
  })
}

export const useStudioLogIn = () => useSessionMutation(logIn)
export const useStudioJoin = () => useSessionMutation(join)

/** Logs out on this phone: the token and everything the studio kept of the group are dropped. */
export function useStudioLogOut() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: async () => {
      forgetProducerToken()
    },
    onSuccess: () => {
      client.removeQueries({ queryKey: ["studio"] })
      client.setQueryData(STUDIO_ME_QUERY_KEY, null)
    },
  })
}
