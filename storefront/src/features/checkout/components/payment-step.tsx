import { lazy, Suspense, type FormEvent } from "react"
import { useTranslation } from "react-i18next"
import { useNavigate } from "react-router"
import { ErrorNotice } from "@/components/error-notice"
import { usePaymentSession } from "@/features/checkout/api/initiate-payment"
import {
  choosePaymentMethod,
  STRIPE_PAYMENT_PROVIDER_ID,
  SYSTEM_PAYMENT_PROVIDER_ID,
  usePaymentProviders,
} from "@/features/checkout/api/list-payment-providers"
import { confirmationPath, type usePlaceOrder } from "@/features/checkout/api/place-order"
import type { CartType } from "@/lib/cart"
import { getRuntimeConfig } from "@/lib/config"

// Stripe's libraries load only for shoppers who pay with Stripe, in a chunk of their own.
const StripePayment = lazy(() =>
  import("@/features/checkout/components/stripe-payment").then((module) => ({ default: module.StripePayment }))
)

const placeButtonClass =
  "mt-4 min-h-11 w-full rounded-md bg-red-800 px-5 text-lg font-semibold text-white hover:bg-red-900 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-red-800 aria-disabled:opacity-70 sm:w-auto"

type PaymentStepProps = {
  cart: CartType
  isSignedIn: boolean
  /** Held by the checkout page, whose notice outlives the cart when the order is placed. */
  place: ReturnType<typeof usePlaceOrder>
}

/** Pays and places the order: Stripe's Payment Element when keyed, else an honest test payment. */
export function PaymentStep({ cart, isSignedIn, place }: PaymentStepProps) {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const stripeKey = getRuntimeConfig().stripePublishableKey
  const providers = usePaymentProviders(cart.region_id ?? "")
  const method = providers.data ? choosePaymentMethod(providers.data, Boolean(stripeKey)) : null
  const providerId = method === "stripe" ? STRIPE_PAYMENT_PROVIDER_ID : method === "test" ? SYSTEM_PAYMENT_PROVIDER_ID : null
  const session = usePaymentSession(cart, providerId)

  const placeOrder = () =>
    place.mutateAsync({ cartId: cart.id, isSignedIn }).then((placed) => navigate(confirmationPath(placed)))

  if (providers.isPending || (providerId && session.isPending)) {
    return (
      <p role="status" className="text-stone-700">
        {t("checkout.preparingPayment")}
      </p>
    )
  }
  if (providers.isError || session.isError) {
    const retry = providers.isError ? providers : session
    return (
      <ErrorNotice
        title={t("checkout.paymentError")}
        error={retry.error}
        onRetry={() => void retry.refetch()}
        isRetrying={retry.isFetching}
      />
    )
  }
  if (!method || !session.data) {
    return <p className="text-stone-800">{t("checkout.noPayment")}</p>
  }

  const failure = place.isError ? (
    <p role="alert" className="mt-2 text-sm text-red-900">
      {t("checkout.placeError", { message: place.error.message })}
    </p>
  ) : null

  if (method === "stripe" && stripeKey) {
    return (
      <Suspense
        fallback={
          <p role="status" className="text-stone-700">
            {t("checkout.preparingPayment")}
          </p>
        }
      >
        <StripePayment
          publishableKey={stripeKey}
          clientSecret={String(session.data.data.client_secret ?? "")}
          onPaid={placeOrder}
          isPlacing={place.isPending}
        />
        {failure}
      </Suspense>
    )
  }

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    if (!place.isPending) void placeOrder().catch(() => undefined)
  }

  return (
    <form onSubmit={onSubmit} data-testid="test-payment">
      <div className="rounded-md border border-amber-300 bg-amber-50 p-3 text-stone-900">
        <p className="font-semibold">{t("checkout.testPayment")}</p>
        <p className="text-sm">{t("checkout.testPaymentNote")}</p>
      </div>
      <button type="submit" aria-disabled={place.isPending} className={placeButtonClass}>
        {place.isPending ? t("checkout.placing") : t("checkout.placeOrder")}
      </button>
      {failure}
    </form>
  )
}
