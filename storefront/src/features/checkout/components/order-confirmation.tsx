import { useEffect, useRef } from "react"
import { useTranslation } from "react-i18next"
import { Link } from "react-router"
import { OrderSummary } from "@/components/order-summary"
import { PageState } from "@/components/page-state"
import { useOrder } from "@/lib/order"
import { useDocumentTitle } from "@/lib/use-document-title"

/** "Thank you": the order placed, its lines by group with their makers, and its totals. */
export function OrderConfirmation({ orderId, token }: { orderId: string; token: string | null }) {
  const { t } = useTranslation()
  const order = useOrder(orderId, token)
  const heading = useRef<HTMLHeadingElement>(null)
  useDocumentTitle(t("order.confirmedTitle"))
  useEffect(() => {
    if (order.data) heading.current?.focus()
  }, [order.data])

  return (
    <PageState
      query={order}
      loading={t("order.loading")}
      error={t("order.error")}
      notFound={{ title: t("order.notFoundTitle"), body: t("order.notFoundBody") }}
    >
      {(data) => (
        <div>
          <h1 ref={heading} tabIndex={-1} className="text-2xl font-bold text-stone-950 focus:outline-none sm:text-3xl">
            {t("order.confirmedTitle")}
          </h1>
          <p className="mt-2 text-stone-800" data-testid="order-number">
            {t("order.number", { number: data.display_id })}
          </p>
          <p className="mt-1 text-stone-800">{t("order.emailNote", { email: data.email })}</p>
          <div className="mt-6">
            <OrderSummary order={data} />
          </div>
          <Link to="/shop" className="mt-2 inline-block font-medium text-red-900 underline underline-offset-4">
            {t("cart.continueShopping")}
          </Link>
        </div>
      )}
    </PageState>
  )
}
