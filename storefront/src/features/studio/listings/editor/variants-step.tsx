import { useId, useState } from "react"
import { useTranslation } from "react-i18next"
import { studioInputClass, studioSecondaryButtonClass } from "@/features/studio/components/studio-ui"
import { type ListingDraftType, variantsForOption } from "@/features/studio/listings/listing-draft"
import { CostingHelper } from "./costing-helper"
import { TextField } from "./fields"
import type { DraftUpdateType } from "./use-listing-draft"

/** What buyers read as the option's name (the shop's words are English). */
const OPTION_TITLES = { size: "Size", colour: "Colour" } as const
type KindType = "one" | keyof typeof OPTION_TITLES

const stepButtonClass =
  "inline-flex size-12 shrink-0 items-center justify-center rounded-lg border-2 border-red-800 bg-white text-2xl font-bold text-red-900 disabled:border-stone-300 disabled:text-stone-400"

function OptionValues({ draft, update }: { draft: ListingDraftType; update: DraftUpdateType }) {
  const { t } = useTranslation("studio")
  const [value, setValue] = useState("")
  const id = useId()
  const option = draft.option
  if (!option) return null
  const setValues = (values: string[]) =>
    update((current) => {
      const next = { ...option, values }
      return { ...current, option: next, variants: variantsForOption(current, next) }
    })
  const add = () => {
    const text = value.trim()
    if (text && !option.values.includes(text)) setValues([...option.values, text])
    setValue("")
  }
  return (
    <div>
      <label htmlFor={id} className="block text-base font-semibold text-stone-900">
        {t(option.title === OPTION_TITLES.size ? "listings.variants.addSize" : "listings.variants.addColour")}
      </label>
      <p className="text-sm text-stone-700">{t("listings.variants.valuesHint")}</p>
      <div className="flex gap-2">
        <input
          id={id}
          value={value}
          lang="en"
          maxLength={50}
          className={studioInputClass}
          onChange={(event) => setValue(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === "Enter") {
              event.preventDefault()
              add()
            }
          }}
        />
        <button type="button" className={`${studioSecondaryButtonClass} mt-1 shrink-0`} onClick={add}>
          {t("listings.variants.add")}
        </button>
      </div>
    </div>
  )
}

/** Step 5: one kind or several sizes or colours, each with its price and stock, and the costing helper. */
export function VariantsStep({ draft, update }: { draft: ListingDraftType; update: DraftUpdateType }) {
  const { t } = useTranslation("studio")
  const editing = Boolean(draft.productId)
  const kind: KindType = !draft.option ? "one" : draft.option.title === OPTION_TITLES.size ? "size" : "colour"
  const setKind = (next: KindType) =>
    update((current) => {
      const option = next === "one" ? null : { title: OPTION_TITLES[next], values: current.option?.values ?? [] }
      return { ...current, option, variants: variantsForOption(current, option) }
    })
  const setVariant = (index: number, change: Partial<ListingDraftType["variants"][number]>) =>
    update((current) => ({
      ...current,
      variants: current.variants.map((variant, at) => (at === index ? { ...variant, ...change } : variant)),
    }))
  const removeValue = (value: string) =>
    update((current) => {
      const option = current.option ? { ...current.option, values: current.option.values.filter((candidate) => candidate !== value) } : null
      return { ...current, option, variants: variantsForOption(current, option) }
    })

  return (
    <div className="space-y-5">
      {editing ? (
        <p className="text-base text-stone-800">{t("listings.variants.fixedWhenEditing")}</p>
      ) : (
        <fieldset>
          <legend className="text-base font-semibold text-stone-900">{t("listings.variants.kinds")}</legend>
          {(["one", "size", "colour"] as const).map((value) => (
            <label key={value} className="mt-1 flex min-h-12 items-center gap-3 rounded-lg border border-stone-200 bg-white px-3">
              <input
                type="radio"
                name="variant-kind"
                className="size-6 accent-red-800"
                checked={kind === value}
                onChange={() => setKind(value)}
              />
              <span className="text-base">{t(`listings.variants.kind.${value}`)}</span>
            </label>
          ))}
        </fieldset>
      )}
      {!editing ? <OptionValues draft={draft} update={update} /> : null}
      <ul className="space-y-4">
        {draft.variants.map((variant, index) => (
          <li key={variant.id ?? variant.value ?? "one"} className="space-y-2 rounded-xl border border-stone-200 bg-white p-3">
            {variant.value || draft.variants.length > 1 ? (
              <div className="flex items-center justify-between gap-2">
                <p className="text-lg font-semibold text-stone-950">{variant.value ?? variant.title}</p>
                {!editing && variant.value ? (
                  <button
                    type="button"
                    className="min-h-12 px-2 text-base font-semibold text-red-900 underline underline-offset-4"
                    onClick={() => removeValue(variant.value ?? "")}
                  >
                    {t("listings.variants.remove")}
                  </button>
                ) : null}
              </div>
            ) : null}
            <TextField
              label={t("listings.variants.priceUsd")}
              hint={t("listings.variants.priceUsdHint")}
              value={variant.usd}
              onChange={(usd) => setVariant(index, { usd })}
              inputMode="decimal"
              required
            />
            <TextField
              label={t("listings.variants.priceEur")}
              value={variant.eur}
              onChange={(eur) => setVariant(index, { eur })}
              inputMode="decimal"
            />
            <div>
              <p className="text-base font-semibold text-stone-900" id={`stock-${index}`}>
                {t("listings.variants.stock")}
              </p>
              <div className="flex items-center gap-3" role="group" aria-labelledby={`stock-${index}`}>
                <button
                  type="button"
                  className={stepButtonClass}
                  aria-label={t("listings.quick.less", { name: variant.value ?? variant.title })}
                  disabled={variant.stock <= 0}
                  onClick={() => setVariant(index, { stock: variant.stock - 1 })}
                >
                  −
                </button>
                <output className="min-w-10 text-center text-xl font-bold">{variant.stock}</output>
                <button
                  type="button"
                  className={stepButtonClass}
                  aria-label={t("listings.quick.more", { name: variant.value ?? variant.title })}
                  onClick={() => setVariant(index, { stock: variant.stock + 1 })}
                >
                  +
                </button>
              </div>
            </div>
          </li>
        ))}
      </ul>
      <CostingHelper draft={draft} update={update} />
    </div>
  )
}
