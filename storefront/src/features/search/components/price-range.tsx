import { useEffect, useId, useState, type FormEvent } from "react"
import { currencyFractionDigits, toMinorUnits } from "@sipakam/shared/money"
import { useTranslation } from "react-i18next"
import { useRange } from "react-instantsearch"
import type { PriceAttributeType } from "@/features/search/utils/search-url"
import { formatMinorAmount } from "@/lib/money"

type PriceRangeProps = {
  attribute: PriceAttributeType
  currencyCode: string
}

/** Major units for the field ("48.5") from minor units (4850); empty for no bound. */
function toField(amountMinor: number | undefined, fractionDigits: number): string {
  if (amountMinor === undefined || !Number.isFinite(amountMinor)) return ""
  return String(amountMinor / 10 ** fractionDigits)
}

/** Minor units from what the shopper typed, undefined when empty or not a number. */
function fromField(value: string, currencyCode: string): number | undefined {
  const text = value.trim().replace(",", ".")
  if (!/^\d+(\.\d*)?$/.test(text)) return undefined
  return toMinorUnits(text, currencyCode)
}

/**
 * Lowest and highest price, typed in the region's currency (major units) and sent as the
 * index's integer minor units. Two fields and a button: exact, and usable with any input.
 */
export function PriceRange({ attribute, currencyCode }: PriceRangeProps) {
  const { t, i18n } = useTranslation()
  const minId = useId()
  const maxId = useId()
  const { start, range, canRefine, refine } = useRange({ attribute, precision: 0 })
  const fractionDigits = currencyFractionDigits(currencyCode)
  const [startMin, startMax] = start
  const [min, setMin] = useState("")
  const [max, setMax] = useState("")

  useEffect(() => {
    setMin(Number.isFinite(startMin) && startMin !== range.min ? toField(startMin, fractionDigits) : "")
    setMax(Number.isFinite(startMax) && startMax !== range.max ? toField(startMax, fractionDigits) : "")
  }, [startMin, startMax, range.min, range.max, fractionDigits])

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    refine([fromField(min, currencyCode), fromField(max, currencyCode)])
  }

  const currency = currencyCode.toUpperCase()
  const inputClass =
    "min-h-11 w-full rounded-md border border-stone-400 bg-white px-3 text-base text-stone-900 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-red-800"

  return (
    <form onSubmit={onSubmit} className="border-t border-stone-200 pt-3">
      <fieldset>
        <legend className="text-base font-semibold text-stone-950">{t("shop.price", { currency })}</legend>
        {canRefine && range.min !== undefined && range.max !== undefined ? (
          <p className="mt-1 text-sm text-stone-700">
            {t("shop.priceRange", {
              min: formatMinorAmount(range.min, currencyCode, i18n.language),
              max: formatMinorAmount(range.max, currencyCode, i18n.language),
            })}
          </p>
        ) : null}
        <div className="mt-2 grid grid-cols-2 gap-2">
          <div>
            <label htmlFor={minId} className="block text-sm text-stone-800">
              {t("shop.priceMin")}
            </label>
            <input
              id={minId}
              inputMode="decimal"
              value={min}
              onChange={(event) => setMin(event.target.value)}
              className={inputClass}
            />
          </div>
          <div>
            <label htmlFor={maxId} className="block text-sm text-stone-800">
              {t("shop.priceMax")}
            </label>
            <input
              id={maxId}
              inputMode="decimal"
              value={max}
              onChange={(event) => setMax(event.target.value)}
              className={inputClass}
            />
          </div>
        </div>
        <button
          type="submit"
          className="mt-2 min-h-11 rounded-md border border-red-800 px-4 text-sm font-medium text-red-900 hover:bg-red-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-red-800"
        >
          {t("shop.priceApply")}
        </button>
      </fieldset>
    </form>
  )
}
