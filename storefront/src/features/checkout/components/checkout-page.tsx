import { useEffect, useRef, useState, type ReactNode } from "react"
import { useTranslation } from "react-i18next"
import { Link } from "react-router"
import { ErrorNotice } from "@/components/error-notice"
import { Money } from "@/components/money"
import { OrderPlacedWithoutConfirmationError, usePlaceOrder } from "@/features/checkout/api/place-order"
import { AddressStep } from "@/features/checkout/components/address-step"
import { PaymentStep } from "@/features/checkout/components/payment-step"
import { ShippingStep } from "@/features/checkout/components/shipping-step"
import { cartItemCount, useCart, type CartType } from "@/lib/cart"
import { useCustomer, type CustomerType } from "@/lib/customer"
import { useRegions, type RegionType } from "@/lib/region"

type StepType = "address" | "shipping" | "payment"
const STEPS: StepType[] = ["address", "shipping", "payment"]

/** Where a returning shopper resumes: the first step the cart does not have yet. */
function firstOpenStep(cart: CartType): StepType {
  if (!cart.email || !cart.shipping_address?.address_1) return "address"
  if (!cart.shipping_methods?.length) return "shipping"
  return "payment"
}

function Step({
  step,
  current,
  title,
  summary,
  onEdit,
  children,
}: {
  step: StepType
  current: StepType
  title: string
  summary: ReactNode
  onEdit: () => void
  children: ReactNode
}) {
  const { t } = useTranslation()
  const heading = useRef<HTMLHeadingElement>(null)
  const index = STEPS.indexOf(step)
  const isCurrent = step === current
  const isDone = index < STEPS.indexOf(current)
  const wasCurrent = useRef(isCurrent)
  useEffect(() => {
    // Moving to a step puts keyboard and screen-reader users at its start.
    if (isCurrent && !wasCurrent.current) heading.current?.focus()
    wasCurrent.current = isCurrent
  }, [isCurrent])

  return (
    <section aria-labelledby={`checkout-${step}`} className="rounded-lg border border-stone-200 bg-white p-4" data-testid={`checkout-${step}`}>
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id={`checkout-${step}`} ref={heading} tabIndex={-1} className="text-lg font-semibold text-stone-950 focus:outline-none">
          {t("checkout.stepTitle", { number: index + 1, title })}
        </h2>
        {isDone ? (
          <button
            type="button"
            onClick={onEdit}
            className="min-h-11 rounded-md px-3 font-medium text-red-900 underline underline-offset-4 focus-visible:outline-2 focus-visible:outline-red-800"
            aria-label={t("checkout.editStep", { title })}
          >
            {t("checkout.edit")}
          </button>
        ) : null}
      </div>
      {isCurrent ? <div className="mt-3">{children}</div> : isDone ? <div className="mt-2 text-stone-800">{summary}</div> : null}
    </section>
  )
}

function CheckoutTotals({ cart, region }: { cart: CartType; region: RegionType | undefined }) {
  const { t } = useTranslation()
  const khrPerUsd = region?.khrPerUsd ?? null
  const money = (amount: number | null | undefined) => (
    <Money amount={amount ?? 0} currencyCode={cart.currency_code} khrPerUsd={khrPerUsd} />
  )
  return (
    <aside aria-labelledby="checkout-summary" className="h-fit rounded-lg border border-stone-200 bg-white p-4">
      <h2 id="checkout-summary" className="text-lg font-semibold text-stone-950">
        {t("checkout.summary")}
      </h2>
      <p className="text-sm text-stone-800">{t("checkout.itemCount", { count: cartItemCount(cart) })}</p>
      <dl className="mt-3 space-y-2" data-testid="checkout-totals">
        <div className="flex justify-between gap-4">
          <dt>{t("cart.subtotal")}</dt>
          <dd className="text-right">{money(cart.item_subtotal ?? cart.subtotal)}</dd>
        </div>
        <div className="flex justify-between gap-4">
          <dt>{t("checkout.shipping")}</dt>
          <dd className="text-right">{cart.shipping_methods?.length ? money(cart.shipping_total) : t("checkout.notChosen")}</dd>
        </div>
        <div className="flex justify-between gap-4">
          <dt>{t("checkout.tax")}</dt>
          <dd className="text-right">{money(cart.tax_total)}</dd>
        </div>
        <div className="flex justify-between gap-4 border-t border-stone-200 pt-2 text-lg font-bold">
          <dt>{t("checkout.total")}</dt>
          <dd className="text-right" data-testid="checkout-total">
            {money(cart.total)}
          </dd>
        </div>
      </dl>
      <p className="mt-2 text-sm text-stone-800">{t("checkout.currencyOf", { currency: cart.currency_code.toUpperCase(), region: region?.name ?? "" })}</p>
    </aside>
  )
}

type CheckoutFlowProps = {
  cart: CartType
  customer: CustomerType | null
  regions: RegionType[]
  place: ReturnType<typeof usePlaceOrder>
}

function CheckoutFlow({ cart, customer, regions, place }: CheckoutFlowProps) {
  const { t, i18n } = useTranslation()
  const [step, setStep] = useState<StepType>(() => firstOpenStep(cart))
  const region = regions.find((candidate) => candidate.id === cart.region_id)
  const address = cart.shipping_address
  const country = address?.country_code
    ? new Intl.DisplayNames([i18n.language], { type: "region" }).of(address.country_code.toUpperCase())
    : ""

  return (
    <div className="grid gap-8 lg:grid-cols-[1fr_20rem]">
      <div className="space-y-4">
        <Step
          step="address"
          current={step}
          title={t("checkout.addressTitle")}
          onEdit={() => setStep("address")}
          summary={
            <p data-testid="address-summary">
              {cart.email}
              <br />
              {[address?.first_name, address?.last_name].filter(Boolean).join(" ")}, {address?.address_1}, {address?.city}, {country}
            </p>
          }
        >
          <AddressStep cart={cart} customer={customer} regions={regions} onDone={() => setStep("shipping")} />
        </Step>
        <Step
          step="shipping"
          current={step}
          title={t("checkout.shippingTitle")}
          onEdit={() => setStep("shipping")}
          summary={<p>{cart.shipping_methods?.[0]?.name}</p>}
        >
          <ShippingStep cart={cart} onDone={() => setStep("payment")} />
        </Step>
        <Step step="payment" current={step} title={t("checkout.paymentTitle")} onEdit={() => setStep("payment")} summary={null}>
          <PaymentStep cart={cart} isSignedIn={Boolean(customer)} place={place} />
        </Step>
      </div>
      <CheckoutTotals cart={cart} region={region} />
    </div>
  )
}

/** Checkout: address (which sets the region and currency), shipping, payment, in that order. */
export function CheckoutPage() {
  const { t } = useTranslation()
  const cart = useCart()
  const customer = useCustomer()
  const regions = useRegions()
  const place = usePlaceOrder()

  if (place.error instanceof OrderPlacedWithoutConfirmationError) {
    return (
      <p role="alert" className="rounded-lg border border-amber-300 bg-amber-50 p-4 text-stone-900">
        {t("checkout.placedWithoutConfirmation", { number: place.error.displayId ?? "", message: place.error.message })}
      </p>
    )
  }
  if (cart.isPending || customer.isPending || regions.isPending) {
    return (
      <p role="status" className="text-stone-700">
        {t("checkout.loading")}
      </p>
    )
  }
  const failed = [cart, customer, regions].find((query) => query.isError)
  if (failed) {
    return (
      <ErrorNotice
        title={t("checkout.error")}
        error={failed.error}
        onRetry={() => void failed.refetch()}
        isRetrying={failed.isFetching}
      />
    )
  }
  if (!cart.data?.items?.length || !regions.data) {
    return (
      <div>
        <p className="text-stone-800">{t("cart.empty")}</p>
        <Link to="/shop" className="mt-3 inline-block font-medium text-red-900 underline underline-offset-4">
          {t("cart.continueShopping")}
        </Link>
      </div>
    )
  }
  return <CheckoutFlow cart={cart.data} customer={customer.data ?? null} regions={regions.data} place={place} />
}
