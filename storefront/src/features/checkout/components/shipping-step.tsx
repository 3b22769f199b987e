import { useState, type FormEvent } from "react"
import { useTranslation } from "react-i18next"
import { ErrorNotice } from "@/components/error-notice"
import { Money } from "@/components/money"
import { shippingOptionPrice, useShippingOptions } from "@/features/checkout/api/list-shipping-options"
import { useSetShippingMethod } from "@/features/checkout/api/set-shipping-method"
import type { CartType } from "@/lib/cart"

/** What decides the options offered: the region and the address's country. */
function addressKey(cart: CartType): string {
  return `${cart.region_id ?? ""}:${cart.shipping_address?.country_code ?? ""}`
}

/** The ways to ship to the address, as radio buttons (arrow keys move between them). */
export function ShippingStep({ cart, onDone }: { cart: CartType; onDone: () => void }) {
  const { t } = useTranslation()
  const options = useShippingOptions(cart.id, addressKey(cart))
  const setShipping = useSetShippingMethod()
  const current = cart.shipping_methods?.[0]?.shipping_option_id ?? null
  const [choice, setChoice] = useState<string | null>(current)
  const [missing, setMissing] = useState(false)

  if (options.isPending) {
    return (
      <p role="status" className="text-stone-700">
        {t("checkout.loadingShipping")}
      </p>
    )
  }
  if (options.isError) {
    return (
      <ErrorNotice
        title={t("checkout.shippingError")}
        error={options.error}
        onRetry={() => void options.refetch()}
        isRetrying={options.isFetching}
      />
    )
  }
  if (!options.data.length) {
    return <p className="text-stone-800">{t("checkout.noShipping")}</p>
  }
  const selected = choice ?? options.data[0]?.id ?? null

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    if (setShipping.isPending) return
    if (!selected) {
      setMissing(true)
      return
    }
    setMissing(false)
    setShipping.mutate(selected, { onSuccess: onDone })
  }

  return (
    <form onSubmit={onSubmit} data-testid="shipping-form">
      <fieldset>
        <legend className="sr-only">{t("checkout.shippingLegend")}</legend>
        <div className="space-y-2">
          {options.data.map((option) => (
            <label
              key={option.id}
              className="flex min-h-11 cursor-pointer items-center justify-between gap-4 rounded-md border border-stone-300 bg-white p-3 has-checked:border-red-800 has-checked:ring-2 has-checked:ring-red-800 has-focus-visible:outline-2 has-focus-visible:outline-offset-2 has-focus-visible:outline-red-800"
            >
              <span className="flex items-center gap-3">
                <input
                  type="radio"
                  name="shipping-option"
                  value={option.id}
                  checked={selected === option.id}
                  onChange={() => setChoice(option.id)}
                  className="size-5 accent-red-800"
                />
                <span>
                  <span className="block font-medium text-stone-950">{option.name}</span>
                  {option.type?.description ? (
                    <span className="block text-sm text-stone-800">{option.type.description}</span>
                  ) : null}
                </span>
              </span>
              <span className="font-semibold">
                <Money amount={shippingOptionPrice(option)} currencyCode={cart.currency_code} />
              </span>
            </label>
          ))}
        </div>
      </fieldset>
      {missing ? (
        <p role="alert" className="mt-2 text-sm text-red-900">
          {t("checkout.chooseShipping")}
        </p>
      ) : null}
      <button
        type="submit"
        aria-disabled={setShipping.isPending}
        className="mt-4 min-h-11 rounded-md bg-red-800 px-5 font-semibold text-white hover:bg-red-900 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-red-800 aria-disabled:opacity-70"
      >
        {setShipping.isPending ? t("checkout.saving") : t("checkout.toPayment")}
      </button>
      {setShipping.isError ? (
        <p role="alert" className="mt-2 text-sm text-red-900">
          {t("checkout.saveError", { message: setShipping.error.message })}
        </p>
      ) : null}
    </form>
  )
}
