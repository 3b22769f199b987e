import { useState } from "react"
import { useTranslation } from "react-i18next"
import { Link } from "react-router"
import { useStudioOrders, type StudioOrderType } from "@/features/studio/api/orders"
import { formatStudioDate } from "@/features/studio/components/studio-dates"
import {
  StudioCard,
  StudioError,
  StudioLoading,
  StudioPageTitle,
  studioSecondaryButtonClass,
} from "@/features/studio/components/studio-ui"
import { LinePhoto, lineName, orderToDo } from "@/features/studio/orders/order-words"
import { formatMinorAmount } from "@/lib/money"

const PAGE_SIZE = 20

const TO_DO_CLASS = {
  toDo: "bg-amber-100 text-amber-950",
  toShip: "bg-sky-100 text-sky-950",
  done: "bg-emerald-100 text-emerald-950",
  cancelled: "bg-stone-200 text-stone-800",
} as const

function OrderRow({ order }: { order: StudioOrderType }) {
  const { t, i18n } = useTranslation("studio")
  const toDo = orderToDo(order)
  const waiting = order.items.filter((line) => line.status === "pending")
  return (
    <li>
      <Link
        to={`/studio/orders/${order.id}`}
        className="block rounded-xl border border-stone-200 bg-white p-4 shadow-sm hover:bg-stone-50 focus-visible:outline-2 focus-visible:outline-red-800"
      >
        <span className="flex flex-wrap items-baseline justify-between gap-x-3">
          <span className="text-lg font-bold text-stone-950">{t("orders.number", { number: order.display_id })}</span>
          <span className="text-sm text-stone-700">{formatStudioDate(order.created_at, i18n.language)}</span>
        </span>
        <span className="mt-2 flex gap-2 overflow-hidden">
          {order.items.slice(0, 4).map((line) => (
            <LinePhoto key={line.id} line={line} size="sm" />
          ))}
        </span>
        <span className={`mt-2 inline-block rounded-md px-2 py-1 text-sm font-semibold ${TO_DO_CLASS[toDo]}`}>
          {t(`orders.toDo.${toDo}`)}
        </span>
        {waiting.length ? (
          <span className="mt-1 block text-base text-stone-900">
            {waiting.map((line) => t("orders.lineSummary", { quantity: line.quantity, title: lineName(line) })).join(" · ")}
          </span>
        ) : null}
        <span className="mt-1 block text-sm text-stone-700">
          {t("orders.linesAndAmount", {
            count: order.items.length,
            amount: formatMinorAmount(order.amount, order.currency_code, i18n.language),
          })}
        </span>
      </Link>
    </li>
  )
}

/** One page of orders; the next page loads when the coordinator asks for older ones. */
function OrdersChunk({ offset, isLast, onMore }: { offset: number; isLast: boolean; onMore: () => void }) {
  const { t } = useTranslation("studio")
  const orders = useStudioOrders({ limit: PAGE_SIZE, offset })
  if (orders.isPending) return <StudioLoading />
  if (orders.isError) return <StudioError error={orders.error} onRetry={() => void orders.refetch()} />
  const { orders: list, count } = orders.data
  return (
    <>
      {offset === 0 && !list.length ? (
        <StudioCard>
          <p className="text-base text-stone-800">{t("orders.none")}</p>
        </StudioCard>
      ) : null}
      <ul className="space-y-3">
        {list.map((order) => (
          <OrderRow key={order.id} order={order} />
        ))}
      </ul>
      {isLast && offset + list.length < count ? (
        <button type="button" onClick={onMore} className={`${studioSecondaryButtonClass} w-full py-2 text-center`}>
          {t("orders.showOlder")}
        </button>
      ) : null}
    </>
  )
}

/** The group's orders, newest first, each saying what is left to hand over or ship. */
export function OrdersPage() {
  const { t } = useTranslation("studio")
  const [pages, setPages] = useState(1)
  return (
    <div className="space-y-4">
      <StudioPageTitle>{t("orders.title")}</StudioPageTitle>
      <p className="text-base text-stone-800">{t("orders.intro")}</p>
      {Array.from({ length: pages }, (_, page) => (
        <OrdersChunk key={page} offset={page * PAGE_SIZE} isLast={page === pages - 1} onMore={() => setPages(pages + 1)} />
      ))}
    </div>
  )
}
