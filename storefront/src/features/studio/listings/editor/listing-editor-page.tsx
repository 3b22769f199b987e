import { useEffect, useMemo, useRef, useState } from "react"
import { useTranslation } from "react-i18next"
import { useNavigate, useParams, useSearchParams } from "react-router"
import { useQuery, useQueryClient } from "@tanstack/react-query"
import { productQueryOptions } from "@/features/studio/api/products"
import { useStudioMe } from "@/features/studio/components/studio-me"
import {
  StudioError,
  StudioLoading,
  studioButtonClass,
  studioSecondaryButtonClass,
} from "@/features/studio/components/studio-ui"
import { groupMakersQueryOptions } from "@/features/studio/listings/api/group-makers"
import { warmPhotoTools } from "@/features/studio/listings/photos/compress-photo"
import {
  draftFromProduct,
  emptyDraft,
  type ListingDraftType,
  outboxEntryOf,
  type SendChoiceType,
  STEP_COUNT,
} from "@/features/studio/listings/listing-draft"
import { forgetDraft, writeDraft } from "@/features/studio/offline/draft-store"
import { discardOutboxEntry, saveToOutbox } from "@/features/studio/offline/outbox"
import { HeritageStep } from "./heritage-step"
import { MakersStep } from "./makers-step"
import { PhotosStep } from "./photos-step"
import { ReviewStep } from "./review-step"
import { useListingDraft } from "./use-listing-draft"
import { usePhotoUploads } from "./use-photo-uploads"
import { VariantsStep } from "./variants-step"
import { WordsStep } from "./words-step"

const STEP_TITLES = ["photos", "words", "heritage", "makers", "variants", "review"] as const

/**
 * A new listing (/studio/listings/new) or a change to one (/studio/listings/:id), one task per
 * screen. The draft is kept on the phone as it is typed; sending it (for sale, or to keep as a draft
 * on the server) puts it in the outbox, which sends it now or when the connection returns, exactly once.
 */
export function ListingEditorPage() {
  const { t } = useTranslation("studio")
  const me = useStudioMe()
  const navigate = useNavigate()
  const { id } = useParams()
  const [params] = useSearchParams()
  const fix = params.get("fix")
  const productId = id && id !== "new" ? id : null
  const product = useQuery({ ...productQueryOptions(productId ?? ""), enabled: Boolean(productId) })
  const draftKey = fix ? `entry:${fix}` : (productId ?? "new")
  const original = useMemo(() => (product.data ? draftFromProduct(product.data) : null), [product.data])
  const start = useMemo<ListingDraftType | null>(
    () => (productId ? original : emptyDraft(me.group.province)),
    [productId, original, me.group.province]
  )
  const { draft, update, storageFailed } = useListingDraft(draftKey, start)
  const { uploads, retry } = usePhotoUploads(draft, update)
  const [sending, setSending] = useState(false)
  const [problem, setProblem] = useState<string | null>(null)
  const [nothingChanged, setNothingChanged] = useState(false)
  const heading = useRef<HTMLHeadingElement>(null)
  const step = Math.min(draft?.step ?? 0, STEP_COUNT - 1)

  const queryClient = useQueryClient()
  useEffect(() => {
    // Loaded while online, so the later steps work on a phone that loses its connection.
    warmPhotoTools()
    void import("@/features/studio/listings/listings-page")
    void queryClient.prefetchQuery(groupMakersQueryOptions())
  }, [queryClient])
  useEffect(() => {
    heading.current?.focus()
    window.scrollTo(0, 0)
  }, [step])

  if (productId && product.isPending) return <StudioLoading />
  if (productId && product.isError) return <StudioError error={product.error} onRetry={() => void product.refetch()} />
  if (!draft) return <StudioLoading />

  const goTo = (next: number) => {
    setNothingChanged(false)
    update((current) => ({ ...current, step: Math.max(0, Math.min(STEP_COUNT - 1, next)) }))
  }

  const send = async (choice: SendChoiceType) => {
    setProblem(null)
    setNothingChanged(false)
    const entry = outboxEntryOf(draft, original, "", choice, product.data?.status ?? null)
    if (!entry) {
      setNothingChanged(true)
      return
    }
    setSending(true)
    try {
      entry.draftKey = `entry:${entry.id}`
      await writeDraft(entry.draftKey, { ...draft, step: STEP_COUNT - 1 })
      if (fix) await discardOutboxEntry(fix)
      await saveToOutbox(entry)
      await forgetDraft(draftKey)
      navigate("/studio/listings", { replace: true })
    } catch (error) {
      setProblem(t("listings.review.notKept", { reason: error instanceof Error ? error.message : String(error) }))
    } finally {
      setSending(false)
    }
  }

  const stepName = STEP_TITLES[step] ?? "photos"
  return (
    <div className="space-y-4">
      <p className="text-base font-semibold text-stone-700" aria-live="polite">
        {t("listings.editor.progress", { step: step + 1, total: STEP_COUNT })}
      </p>
      <div
        className="h-2 w-full overflow-hidden rounded-full bg-stone-200"
        role="progressbar"
        aria-label={t("listings.editor.progress", { step: step + 1, total: STEP_COUNT })}
        aria-valuemin={1}
        aria-valuemax={STEP_COUNT}
        aria-valuenow={step + 1}
      >
        <div className="h-full bg-red-800" style={{ width: `${((step + 1) / STEP_COUNT) * 100}%` }} />
      </div>
      <p className="text-sm text-stone-700">{productId ? t("listings.editor.editing", { title: draft.title_km || draft.title }) : t("listings.editor.new")}</p>
      <h1 ref={heading} tabIndex={-1} className="text-2xl leading-snug font-bold text-stone-950 focus:outline-none">
        {t(`listings.editor.steps.${stepName}`)}
      </h1>
      {product.data?.status === "rejected" && product.data.review_rejection_reason ? (
        <p role="note" className="rounded-xl border border-red-300 bg-red-50 p-3 text-base text-red-950">
          {t("listings.editor.sentBack", { reason: product.data.review_rejection_reason })}
        </p>
      ) : null}
      {storageFailed ? (
        <p role="alert" className="rounded-lg bg-red-50 p-3 text-base text-red-950">
          {t("listings.editor.notKept")}
        </p>
      ) : null}
      {stepName === "photos" ? <PhotosStep draft={draft} update={update} uploads={uploads} onRetry={retry} /> : null}
      {stepName === "words" ? <WordsStep draft={draft} update={update} /> : null}
      {stepName === "heritage" ? <HeritageStep draft={draft} update={update} /> : null}
      {stepName === "makers" ? <MakersStep draft={draft} update={update} /> : null}
      {stepName === "variants" ? <VariantsStep draft={draft} update={update} /> : null}
      {stepName === "review" ? (
        <ReviewStep
          draft={draft}
          status={product.data?.status ?? null}
          onGoTo={goTo}
          onSend={(choice) => void send(choice)}
          sending={sending}
          problem={problem}
          nothingChanged={nothingChanged}
        />
      ) : null}
      <div className="flex gap-2 pt-2">
        {step > 0 ? (
          <button type="button" className={`${studioSecondaryButtonClass} flex-1`} onClick={() => goTo(step - 1)}>
            {t("listings.editor.back")}
          </button>
        ) : null}
        {step < STEP_COUNT - 1 ? (
          <button type="button" className={`${studioButtonClass} flex-1`} onClick={() => goTo(step + 1)}>
            {t("listings.editor.next")}
          </button>
        ) : null}
      </div>
      <p className="text-sm text-stone-700">{t("listings.editor.kept")}</p>
    </div>
  )
}
