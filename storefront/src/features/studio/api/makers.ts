import { CRAFT_CODES, PEOPLE_CODES } from "@sipakam/shared"
import { keepPreviousData, queryOptions, useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import * as z from "zod"
import { producerGet, producerSend } from "@/features/studio/api/producer-client"
import type { LanguageType } from "@/lib/i18n"

export type MakerGenderType = "female" | "male" | "other"

/** A maker as the group recorded them (backend/src/api/producer/makers). */
export type StudioMakerType = {
  id: string
  first_name: string
  last_name: string | null
  name_km: string | null
  crafts: string[]
  people: string | null
  gender: MakerGenderType | null
  is_living_human_treasure: boolean
  lht_year: number | null
  story: string | null
  portrait_url: string | null
  public_profile_consent: boolean
  /** When, by which member and read in which language the last consent answer was recorded. */
  consent_recorded_at: string | null
  consent_recorded_by: string | null
  consent_language: LanguageType | null
  retired_at: string | null
  created_at: string
  updated_at: string
}

/** What the store knows of the maker: a handle only with consent. */
export type StudioPublicMakerType = { id: string; handle: string | null; display_name: string; has_public_profile: boolean }

export type StudioConsentRecorderType = { id: string; first_name: string | null; last_name: string | null; email: string }

export type StudioMakerAnswerType = {
  maker: StudioMakerType
  public_maker: StudioPublicMakerType | null
  consent_recorder: StudioConsentRecorderType | null
}

export const STUDIO_MAKERS_QUERY_KEY = ["studio", "makers"] as const

/** The maker list's page, and the backend's largest. */
export const MAKERS_PAGE_SIZE = 100

export const makersQueryOptions = (page: { offset?: number } = {}) =>
  queryOptions({
    queryKey: [...STUDIO_MAKERS_QUERY_KEY, "list", { limit: MAKERS_PAGE_SIZE, offset: page.offset ?? 0 }],
    queryFn: () =>
      producerGet<{ makers: StudioMakerType[]; count: number }>("/producer/makers", {
        limit: MAKERS_PAGE_SIZE,
        offset: page.offset,
        order: "first_name",
      }),
    placeholderData: keepPreviousData,
  })

export function useStudioMakers(page: { offset?: number } = {}) {
  return useQuery(makersQueryOptions(page))
}

export const makerQueryOptions = (id: string) =>
  queryOptions({
    queryKey: [...STUDIO_MAKERS_QUERY_KEY, "one", id],
    queryFn: () => producerGet<StudioMakerAnswerType>(`/producer/makers/${id}`),
  })

export function useStudioMaker(id: string) {
  return useQuery(makerQueryOptions(id))
}

/** Living Human Treasures are named by the Royal Decree of 2010 (the backend's rule). */
export const LHT_FIRST_YEAR = 2010

/**
 * The maker form as typed (texts, so nothing typed is lost); messages are keys under
 * `makers.errors`. The rules are the backend's (backend/src/api/producer/makers/validators.ts).
 */
export const StudioMakerFormSchema = z
  .object({
    firstName: z.string().trim().min(1, { error: "firstNameRequired" }).max(100, { error: "tooLong" }),
    lastName: z.string().trim().max(100, { error: "tooLong" }),
    nameKm: z.string().trim().max(100, { error: "tooLong" }),
    crafts: z
      .array(z.enum(CRAFT_CODES))
      .min(1, { error: "craftsRequired" })
      .max(10, { error: "tooManyCrafts" }),
    people: z.union([z.literal(""), z.enum(PEOPLE_CODES)]),
    gender: z.union([z.literal(""), z.enum(["female", "male", "other"])]),
    isLivingHumanTreasure: z.boolean(),
    lhtYear: z.string().trim(),
    story: z.string().trim().max(5000, { error: "tooLong" }),
    portraitUrl: z.string(),
  })
  .strict()
  .superRefine((form, ctx) => {
    if (!form.isLivingHumanTreasure) return
    const year = Number(form.lhtYear)
    if (!/^\d{4}$/.test(form.lhtYear) || year < LHT_FIRST_YEAR || year > new Date().getFullYear()) {
      ctx.addIssue({ code: "custom", path: ["lhtYear"], message: "lhtYear" })
    }
  })
export type StudioMakerFormType = z.input<typeof StudioMakerFormSchema>

export const EMPTY_MAKER_FORM: StudioMakerFormType = {
  firstName: "",
  lastName: "",
  nameKm: "",
  crafts: [],
  people: "",
  gender: "",
  isLivingHumanTreasure: false,
  lhtYear: "",
  story: "",
  portraitUrl: "",
}

export function makerForm(maker: StudioMakerType): StudioMakerFormType {
  return {
    firstName: maker.first_name,
    lastName: maker.last_name ?? "",
    nameKm: maker.name_km ?? "",
    crafts: maker.crafts as StudioMakerFormType["crafts"],
    people: (maker.people ?? "") as StudioMakerFormType["people"],
    gender: maker.gender ?? "",
    isLivingHumanTreasure: maker.is_living_human_treasure,
    lhtYear: maker.lht_year ? String(maker.lht_year) : "",
    story: maker.story ?? "",
    portraitUrl: maker.portrait_url ?? "",
  }
}

/** The body of `POST /producer/makers[/:id]` for a valid form: empty answers are "not said". */
export function makerBody(form: StudioMakerFormType) {
  const parsed = StudioMakerFormSchema.parse(form)
  return {
    first_name: parsed.firstName,
    last_name: parsed.lastName || null,
    name_km: parsed.nameKm || null,
    crafts: parsed.crafts,
    people: parsed.people || null,
    gender: parsed.gender || null,
    is_living_human_treasure: parsed.isLivingHumanTreasure,
    lht_year: parsed.isLivingHumanTreasure ? Number(parsed.lhtYear) : null,
    story: parsed.story || null,
    portrait_url: parsed.portraitUrl || null,
  }
}

export type MakerBodyType = ReturnType<typeof makerBody>

/** A maker's name as a Khmer reader knows it first, with the Latin one beside it. */
export function makerNames(maker: Pick<StudioMakerType, "first_name" | "last_name" | "name_km">, khmerFirst: boolean) {
  const latin = [maker.first_name, maker.last_name].filter(Boolean).join(" ")
  if (!maker.name_km) return { main: latin, other: null }
  return khmerFirst ? { main: maker.name_km, other: latin } : { main: latin, other: maker.name_km }
}

function useMakerMutation<TInput>(send: (input: TInput) => Promise<StudioMakerAnswerType>) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: send,
    onSuccess: async (answer) => {
      client.setQueryData(makerQueryOptions(answer.maker.id).queryKey, answer)
      await client.invalidateQueries({ queryKey: STUDIO_MAKERS_QUERY_KEY })
    },
  })
}

/** Records a new maker; the key is made when the form is submitted and kept for its retries. */
export const useCreateMaker = () =>
  useMakerMutation(({ body, idempotencyKey }: { body: MakerBodyType; idempotencyKey: string }) =>
    producerSend<StudioMakerAnswerType>("/producer/makers", { body, idempotencyKey })
  )

export const useUpdateMaker = () =>
  useMakerMutation(({ id, body }: { id: string; body: Partial<MakerBodyType> }) =>
    producerSend<StudioMakerAnswerType>(`/producer/makers/${id}`, { body })
  )

/**
 * Records the maker's answer to the consent statement, read to them in `language`; the backend
 * records who (the logged-in coordinator) and when.
 */
export const useRecordConsent = () =>
  useMakerMutation(({ id, consent, language }: { id: string; consent: boolean; language: LanguageType }) =>
    producerSend<StudioMakerAnswerType>(`/producer/makers/${id}`, {
      body: { public_profile_consent: consent, consent_language: language },
    })
  )

/** Retires a maker: the API's DELETE keeps them credited on past work and cannot be undone here. */
export const useRetireMaker = () =>
  useMakerMutation((id: string) => producerSend<StudioMakerAnswerType>(`/producer/makers/${id}`, { method: "DELETE" }))
