import { useTranslation } from "react-i18next"
import { Link } from "react-router"
import { ErrorNotice } from "@/components/error-notice"
import { Money } from "@/components/money"
import { useOrders } from "@/features/account/api/list-orders"

/** The customer's orders, newest first, each leading to its detail. */
export function OrderHistory() {
  const { t, i18n } = useTranslation()
  const orders = useOrders()
  const date = new Intl.DateTimeFormat(i18n.language, { dateStyle: "medium" })

  return (
    <section aria-labelledby="orders-heading" className="mt-8">
      <h2 id="orders-heading" className="text-xl font-semibold text-stone-950">
        {t("account.ordersHeading")}
      </h2>
      {orders.isPending ? (
        <p role="status" className="mt-2 text-stone-700">
          {t("account.loadingOrders")}
        </p>
      ) : orders.isError ? (
        <ErrorNotice title={t("account.ordersError")} error={orders.error} onRetry={() => void orders.refetch()} isRetrying={orders.isFetching} />
      ) : orders.data.length ? (
        <ul className="mt-3 divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white" data-testid="order-history">
          {orders.data.map((order) => (
            <li key={order.id} className="flex flex-wrap items-center justify-between gap-3 p-4">
              <div>
                <Link
                  to={`/account/orders/${encodeURIComponent(order.id)}`}
                  className="font-semibold text-red-900 underline underline-offset-4"
                >
                  {t("order.number", { number: order.display_id })}
                </Link>
                <p className="text-sm text-stone-800">
                  {date.format(new Date(order.created_at))} · {t("checkout.itemCount", { count: order.itemCount })}
                </p>
              </div>
              <p className="font-semibold">
                <Money amount={order.total} currencyCode={order.currency_code} />
              </p>
            </li>
          ))}
        </ul>
      ) : (
        <p className="mt-2 text-stone-800">{t("account.noOrders")}</p>
      )}
    </section>
  )
}
