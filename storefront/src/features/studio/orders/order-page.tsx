import { useEffect, useState } from "react"
import { useTranslation } from "react-i18next"
import { Link, useParams } from "react-router"
import { hasLinesToShip, pendingLines } from "@/features/studio/api/order-actions"
import { useStudioOrder, type StudioOrderType } from "@/features/studio/api/orders"
import { formatStudioDateTime } from "@/features/studio/components/studio-dates"
import {
  StudioCard,
  StudioError,
  StudioLoading,
  StudioPageTitle,
  studioButtonClass,
  studioSecondaryButtonClass,
} from "@/features/studio/components/studio-ui"
import { OrderActionPanel, type OrderActionKindType } from "@/features/studio/orders/order-action-panel"
import { DeliveryAddress, LinePhoto, LineStatus, lineName, orderToDo } from "@/features/studio/orders/order-words"
import { formatMinorAmount } from "@/lib/money"

function OrderLines({ order }: { order: StudioOrderType }) {
  const { t, i18n } = useTranslation("studio")
  return (
    <ul className="divide-y divide-stone-100">
      {order.items.map((line) => (
        <li key={line.id} className="flex gap-3 py-3 first:pt-0 last:pb-0">
          <LinePhoto line={line} />
          <div className="min-w-0 flex-1 text-base">
            <p className="font-semibold text-stone-950">{lineName(line)}</p>
            {line.variant_title ? <p className="text-sm text-stone-700">{line.variant_title}</p> : null}
            <p className="text-stone-900">
              {t("orders.quantityAndAmount", {
                quantity: line.quantity,
                amount: formatMinorAmount(line.amount, order.currency_code, i18n.language),
              })}
            </p>
            {line.returned_quantity > 0 ? (
              <p className="text-sm font-semibold text-stone-800">{t("orders.returned", { count: line.returned_quantity })}</p>
            ) : null}
            <p className="mt-1">
              <LineStatus line={line} />
            </p>
          </div>
        </li>
      ))}
    </ul>
  )
}

function OrderView({
  order,
  doneCount,
  onAction,
}: {
  order: StudioOrderType
  doneCount: { kind: OrderActionKindType; count: number } | null
  onAction: (kind: OrderActionKindType) => void
}) {
  const { t, i18n } = useTranslation("studio")
  const toDo = orderToDo(order)
  const canAct = order.status !== "canceled"
  return (
    <div className="space-y-4">
      <Link to="/studio/orders" className="inline-flex min-h-12 items-center font-semibold text-red-900 underline underline-offset-4">
        {t("orders.backToOrders")}
      </Link>
      <StudioPageTitle>{t("orders.number", { number: order.display_id })}</StudioPageTitle>
      <p className="text-base text-stone-800">
        {t("orders.placedOn", { date: formatStudioDateTime(order.created_at, i18n.language) })}
      </p>
      <div aria-live="polite">
        {doneCount ? (
          <p role="status" className="rounded-xl border border-emerald-300 bg-emerald-50 p-4 text-base font-semibold text-emerald-950">
            {t(doneCount.kind === "handover" ? "orders.handover.done" : "orders.ship.done", { count: doneCount.count })}
          </p>
        ) : null}
      </div>
      <StudioCard>
        <h2 className="text-lg font-semibold text-stone-950">{t(`orders.toDo.${toDo}`)}</h2>
        <p className="mt-1 text-base text-stone-800">{t(`orders.toDoExplain.${toDo}`)}</p>
        {canAct ? (
          <div className="mt-3 space-y-2">
            {pendingLines(order).length ? (
              <button type="button" onClick={() => onAction("handover")} className={`${studioButtonClass} w-full py-2 text-center`}>
                {t("orders.handover.button")}
              </button>
            ) : null}
            {hasLinesToShip(order) ? (
              <button type="button" onClick={() => onAction("ship")} className={`${studioSecondaryButtonClass} w-full py-2 text-center`}>
                {t("orders.ship.button")}
              </button>
            ) : null}
          </div>
        ) : null}
      </StudioCard>
      <StudioCard>
        <h2 className="mb-3 text-lg font-semibold text-stone-950">{t("orders.lines")}</h2>
        <OrderLines order={order} />
        <p className="mt-3 border-t border-stone-200 pt-3 text-base font-semibold text-stone-950">
          {t("orders.total", { amount: formatMinorAmount(order.amount, order.currency_code, i18n.language) })}
        </p>
      </StudioCard>
      <StudioCard>
        <h2 className="mb-2 text-lg font-semibold text-stone-950">{t("orders.deliverTo")}</h2>
        <DeliveryAddress address={order.shipping_address} />
      </StudioCard>
    </div>
  )
}

/** One order: its lines with their status, where it goes, and the hand-over and shipping steps. */
export function OrderPage() {
  const { id = "" } = useParams()
  const order = useStudioOrder(id)
  const [action, setAction] = useState<OrderActionKindType | null>(null)
  const [done, setDone] = useState<{ kind: OrderActionKindType; count: number } | null>(null)

  useEffect(() => {
    window.scrollTo({ top: 0 })
  }, [action])

  if (order.isPending) return <StudioLoading />
  if (!order.data) return <StudioError error={order.error} onRetry={() => void order.refetch()} />
  return (
    <div>
      {action ? (
        <OrderActionPanel
          order={order.data}
          kind={action}
          onClose={() => setAction(null)}
          onDone={(count) => {
            setDone({ kind: action, count })
            setAction(null)
          }}
        />
      ) : (
        <OrderView
          order={order.data}
          doneCount={done}
          onAction={(kind) => {
            setDone(null)
            setAction(kind)
          }}
        />
      )}
    </div>
  )
}
