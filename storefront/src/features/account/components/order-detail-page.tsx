import { useTranslation } from "react-i18next"
import { Link } from "react-router"
import { OrderSummary } from "@/components/order-summary"
import { PageState } from "@/components/page-state"
import { useOrder } from "@/lib/order"
import { useDocumentTitle } from "@/lib/use-document-title"

/** One of the customer's orders, as the confirmation showed it. */
export function OrderDetailPage({ orderId }: { orderId: string }) {
  const { t, i18n } = useTranslation()
  const order = useOrder(orderId, null)
  useDocumentTitle(order.data ? t("order.number", { number: order.data.display_id }) : null)
  return (
    <div>
      <nav aria-label={t("product.breadcrumb")} className="mb-4 text-sm">
        <Link to="/account" className="font-medium text-red-900 underline underline-offset-4">
          {t("account.backToAccount")}
        </Link>
      </nav>
      <PageState
        query={order}
        loading={t("order.loading")}
        error={t("order.error")}
        notFound={{ title: t("order.notFoundTitle"), body: t("order.notFoundBody") }}
      >
        {(data) => (
          <div>
            <h1 className="text-2xl font-bold text-stone-950 sm:text-3xl">{t("order.number", { number: data.display_id })}</h1>
            <p className="mt-1 text-stone-800" data-testid="order-date">
              {t("order.placedOn", {
                date: new Intl.DateTimeFormat(i18n.language, { dateStyle: "long" }).format(new Date(data.created_at)),
              })}
            </p>
            <div className="mt-6">
              <OrderSummary order={data} />
            </div>
          </div>
        )}
      </PageState>
    </div>
  )
}
