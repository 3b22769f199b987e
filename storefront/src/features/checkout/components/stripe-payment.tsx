import { Elements, PaymentElement, useElements, useStripe } from "@stripe/react-stripe-js"
import { loadStripe, type Stripe, type StripeElementLocale } from "@stripe/stripe-js"
import { useState, type FormEvent } from "react"
import { useTranslation } from "react-i18next"
import { currentLanguage, type LanguageType } from "@/lib/i18n"

/** Stripe's Payment Element speaks our languages but Khmer; there it follows the browser. */
const STRIPE_LOCALES: Readonly<Record<LanguageType, StripeElementLocale>> = {
  en: "en",
  km: "auto",
  fr: "fr",
  zh: "zh",
  ko: "ko",
  ja: "ja",
}

const stripeByKey = new Map<string, Promise<Stripe | null>>()

/** Stripe.js is loaded once per key (loadStripe adds Stripe's script to the page). */
function stripeFor(publishableKey: string): Promise<Stripe | null> {
  let stripe = stripeByKey.get(publishableKey)
  if (!stripe) {
    stripe = loadStripe(publishableKey)
    stripeByKey.set(publishableKey, stripe)
  }
  return stripe
}

type StripePaymentProps = {
  publishableKey: string
  /** The client secret of the cart's Stripe payment session (@medusajs/payment-stripe). */
  clientSecret: string
  /** Places the order once Stripe has authorised the payment. */
  onPaid: () => Promise<unknown>
  isPlacing: boolean
}

function StripeForm({ onPaid, isPlacing }: Pick<StripePaymentProps, "onPaid" | "isPlacing">) {
  const { t } = useTranslation()
  const stripe = useStripe()
  const elements = useElements()
  const [error, setError] = useState<string | null>(null)
  const [confirming, setConfirming] = useState(false)
  const busy = confirming || isPlacing || !stripe || !elements

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    if (busy) return
    setConfirming(true)
    setError(null)
    const result = await stripe.confirmPayment({
      elements,
      redirect: "if_required",
      confirmParams: { return_url: window.location.href },
    })
    setConfirming(false)
    if (result.error) {
      setError(result.error.message ?? t("checkout.cardDeclined"))
      return
    }
    await onPaid().catch(() => undefined)
  }

  return (
    <form onSubmit={(event) => void onSubmit(event)} data-testid="stripe-payment">
      <PaymentElement />
      <button
        type="submit"
        aria-disabled={busy}
        className="mt-4 min-h-11 w-full rounded-md bg-red-800 px-5 text-lg font-semibold text-white hover:bg-red-900 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-red-800 aria-disabled:opacity-70 sm:w-auto"
      >
        {busy && stripe ? t("checkout.placing") : t("checkout.placeOrder")}
      </button>
      {error ? (
        <p role="alert" className="mt-2 text-sm text-red-900">
          {error}
        </p>
      ) : null}
    </form>
  )
}

/** Card payment through Stripe's Payment Element; only this chunk loads Stripe's libraries. */
export function StripePayment({ publishableKey, clientSecret, onPaid, isPlacing }: StripePaymentProps) {
  const { i18n } = useTranslation()
  return (
    <Elements
      stripe={stripeFor(publishableKey)}
      options={{ clientSecret, locale: STRIPE_LOCALES[currentLanguage(i18n.resolvedLanguage)] }}
    >
      <StripeForm onPaid={onPaid} isPlacing={isPlacing} />
    </Elements>
  )
}
