import { useEffect, useId, useState } from "react"
import { useTranslation } from "react-i18next"
import { Link } from "react-router"
import type { StudioProductType, StudioVariantType } from "@/features/studio/api/products"
import { studioErrorKind } from "@/features/studio/api/producer-client"
import { StudioCard } from "@/features/studio/components/studio-ui"
import { useUpdateVariant } from "@/features/studio/listings/api/update-variant"
import { parsePriceText, priceFieldText } from "@/features/studio/listings/price-text"
import { formatMinorAmount } from "@/lib/money"

const stepButtonClass =
  "inline-flex size-12 shrink-0 items-center justify-center rounded-lg border-2 border-red-800 bg-white text-2xl font-bold text-red-900 hover:bg-red-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-red-800 disabled:border-stone-300 disabled:text-stone-400"

/** "Saving… / Saved / Not saved: why", for one variant's quick change. */
function SaveState({ mutation }: { mutation: ReturnType<typeof useUpdateVariant> }) {
  const { t } = useTranslation("studio")
  let text = ""
  let tone = "text-stone-700"
  if (mutation.isPending) text = t("listings.quick.saving")
  else if (mutation.isSuccess) text = mutation.data === "queued" ? t("listings.quick.queued") : t("listings.quick.saved")
  else if (mutation.isError) {
    const kind = studioErrorKind(mutation.error)
    const why = kind === "invalid" && mutation.error instanceof Error ? mutation.error.message : t(`app.errors.${kind}`)
    text = t("listings.quick.notSaved", { reason: why })
    tone = "text-red-900 font-semibold"
  }
  return (
    <p role="status" className={`min-h-6 text-sm ${tone}`}>
      {text}
    </p>
  )
}

function VariantRow({ product, variant, named }: { product: StudioProductType; variant: StudioVariantType; named: boolean }) {
  const { t, i18n } = useTranslation("studio")
  const mutation = useUpdateVariant()
  const id = useId()
  const usd = variant.prices.find((price) => price.currency_code === "usd")
  const shownPrice = usd ? priceFieldText(usd.amount, "usd") : ""
  const [priceText, setPriceText] = useState(shownPrice)
  const [priceError, setPriceError] = useState(false)
  useEffect(() => setPriceText(shownPrice), [shownPrice])
  const title = product.title_km ?? product.title
  const change = (values: { stock?: number; usd?: number }) =>
    mutation.mutate({ productId: product.id, title, variantId: variant.id, ...values })

  const savePrice = () => {
    const amount = parsePriceText(priceText, "usd")
    if (amount === null || amount === 0) {
      setPriceError(true)
      return
    }
    setPriceError(false)
    if (amount !== usd?.amount) change({ usd: amount })
  }

  const variantName = named ? variant.title : null
  return (
    <li className="border-t border-stone-100 pt-3" data-testid="listing-variant">
      {variantName ? <p className="text-base font-semibold text-stone-900">{variantName}</p> : null}
      <div className="mt-1 flex flex-wrap items-end gap-x-4 gap-y-2">
        <div>
          <p id={`${id}-stock`} className="text-sm text-stone-700">
            {t("listings.quick.stock")}
          </p>
          <div className="flex items-center gap-2" role="group" aria-labelledby={`${id}-stock`}>
            <button
              type="button"
              className={stepButtonClass}
              aria-label={t("listings.quick.less", { name: variantName ?? title })}
              disabled={variant.stock <= Math.max(0, variant.reserved)}
              onClick={() => change({ stock: variant.stock - 1 })}
            >
              −
            </button>
            <output className="min-w-10 text-center text-xl font-bold text-stone-950" aria-live="polite" data-testid="stock-value">
              {variant.stock}
            </output>
            <button
              type="button"
              className={stepButtonClass}
              aria-label={t("listings.quick.more", { name: variantName ?? title })}
              onClick={() => change({ stock: variant.stock + 1 })}
            >
              +
            </button>
          </div>
        </div>
        <form
          className="min-w-0 flex-1"
          onSubmit={(event) => {
            event.preventDefault()
            savePrice()
          }}
        >
          <label htmlFor={`${id}-price`} className="block text-sm text-stone-700">
            {t("listings.quick.priceUsd")}
          </label>
          <div className="flex gap-2">
            <input
              id={`${id}-price`}
              inputMode="decimal"
              autoComplete="off"
              className="mt-1 min-h-12 w-28 rounded-lg border border-stone-500 bg-white px-3 text-base text-stone-950 focus-visible:outline-2 focus-visible:outline-red-800 aria-invalid:border-red-800"
              value={priceText}
              aria-invalid={priceError || undefined}
              aria-describedby={priceError ? `${id}-price-error` : undefined}
              onChange={(event) => setPriceText(event.target.value)}
              onBlur={savePrice}
            />
            {priceText !== shownPrice ? (
              <button type="submit" className="mt-1 min-h-12 rounded-lg bg-red-800 px-3 text-base font-semibold text-white">
                {t("listings.quick.savePrice")}
              </button>
            ) : null}
          </div>
          {priceError ? (
            <p id={`${id}-price-error`} className="text-sm font-semibold text-red-900">
              {t("listings.quick.priceInvalid")}
            </p>
          ) : null}
        </form>
      </div>
      {variant.reserved > 0 ? (
        <p className="text-sm text-stone-700">{t("listings.quick.reserved", { count: variant.reserved })}</p>
      ) : null}
      <SaveState mutation={mutation} />
      {usd ? <span className="sr-only">{formatMinorAmount(usd.amount, "usd", i18n.language)}</span> : null}
    </li>
  )
}

const STATUS_TONE: Record<StudioProductType["status"], string> = {
  draft: "bg-stone-200 text-stone-900",
  proposed: "bg-amber-100 text-amber-950",
  published: "bg-green-100 text-green-950",
  rejected: "bg-red-100 text-red-950",
}

/** One listing: its photo, title, status in words, the operator's reason, and its variants' stock and price. */
export function ListingCard({ product }: { product: StudioProductType }) {
  const { t } = useTranslation("studio")
  const title = product.title_km ?? product.title
  const thumbnail = product.thumbnail ?? product.images[0] ?? null
  return (
    <StudioCard className="space-y-2">
      <article aria-labelledby={`listing-${product.id}`} data-testid="listing-card">
        <div className="flex gap-3">
          {thumbnail ? (
            <img src={thumbnail} alt="" className="size-20 shrink-0 rounded-lg bg-stone-100 object-cover" loading="lazy" />
          ) : (
            <div className="flex size-20 shrink-0 items-center justify-center rounded-lg bg-stone-100 text-center text-xs text-stone-600">
              {t("listings.noPhoto")}
            </div>
          )}
          <div className="min-w-0">
            <h2 id={`listing-${product.id}`} className="text-lg leading-snug font-semibold break-words text-stone-950">
              {title}
            </h2>
            {product.title_km ? <p className="text-sm break-words text-stone-700" lang="en">{product.title}</p> : null}
            <p className={`mt-1 inline-block rounded-md px-2 py-0.5 text-sm font-semibold ${STATUS_TONE[product.status]}`}>
              {t(`listings.status.${product.status}`)}
            </p>
          </div>
        </div>
        {product.status === "rejected" && product.review_rejection_reason ? (
          <p className="mt-2 rounded-lg bg-red-50 p-2 text-base text-red-950">
            {t("listings.reason", { reason: product.review_rejection_reason })}
          </p>
        ) : null}
        <ul className="mt-2 space-y-3">
          {product.variants.map((variant) => (
            <VariantRow key={variant.id} product={product} variant={variant} named={product.variants.length > 1} />
          ))}
        </ul>
        <Link
          to={`/studio/listings/${product.id}`}
          className="mt-2 inline-flex min-h-12 items-center font-semibold text-red-900 underline underline-offset-4"
        >
          {t("listings.edit")}
        </Link>
      </article>
    </StudioCard>
  )
}
