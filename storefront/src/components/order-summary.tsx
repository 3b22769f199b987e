import { useTranslation } from "react-i18next"
import { Link } from "react-router"
import { Money } from "@/components/money"
import type { OrderType } from "@/lib/order"
import { groupLinesByGroup, useProductCredits } from "@/lib/product-credits"
import { useRegions } from "@/lib/region"

/** An order's lines by producer group, with who made each, and its totals. */
export function OrderSummary({ order }: { order: OrderType }) {
  const { t, i18n } = useTranslation()
  const regions = useRegions()
  const khrPerUsd = regions.data?.find((region) => region.id === order.region_id)?.khrPerUsd ?? null
  const lines = order.items ?? []
  const credits = useProductCredits(lines.flatMap((line) => (line.product_id ? [line.product_id] : [])))
  const groups = groupLinesByGroup(lines, credits.data)
  const address = order.shipping_address
  const money = (amount: number | null | undefined) => (
    <Money amount={amount ?? 0} currencyCode={order.currency_code} khrPerUsd={khrPerUsd} />
  )

  // Lines are shown once their groups and makers are known (ungrouped if they cannot be).
  if (credits.isPending) {
    return (
      <p role="status" className="text-stone-700">
        {t("order.loading")}
      </p>
    )
  }

  return (
    <div className="grid gap-8 lg:grid-cols-[1fr_20rem]">
      <div>
        {groups.map(({ group, lines: groupLines }) => (
          <section
            key={group?.handle ?? "none"}
            aria-label={group ? t("cart.fromGroup", { group: group.name }) : t("cart.otherItems")}
            className="mb-6 rounded-lg border border-stone-200 bg-white px-4"
            data-testid="order-group"
          >
            <h2 className="border-b border-stone-200 py-3 text-lg font-semibold text-stone-950">
              {group ? t("cart.fromGroup", { group: group.name }) : t("cart.otherItems")}
            </h2>
            <ul className="divide-y divide-stone-200">
              {groupLines.map((line) => {
                const makers = (line.product_id && credits.data?.[line.product_id]?.makers) || []
                return (
                  <li key={line.id} className="flex flex-wrap justify-between gap-4 py-3" data-testid="order-line">
                    <div className="min-w-0">
                      <h3 className="font-semibold text-stone-950">{line.product_title ?? line.title}</h3>
                      <p className="text-sm text-stone-800">
                        {t("order.quantityTimesPrice", { quantity: line.quantity })}{" "}
                        <Money amount={line.unit_price} currencyCode={order.currency_code} />
                      </p>
                      {makers.length ? (
                        <p className="text-sm text-stone-800" data-testid="order-line-makers">
                          {t("order.madeBy")}{" "}
                          {makers.map((maker, index) => (
                            <span key={maker.id}>
                              {index > 0 ? ", " : null}
                              {maker.handle ? (
                                <Link to={`/makers/${encodeURIComponent(maker.handle)}`} className="underline underline-offset-4">
                                  {maker.displayName}
                                </Link>
                              ) : (
                                maker.displayName
                              )}
                            </span>
                          ))}
                        </p>
                      ) : null}
                    </div>
                    <p className="font-semibold">{money(line.subtotal ?? line.unit_price * line.quantity)}</p>
                  </li>
                )
              })}
            </ul>
          </section>
        ))}
      </div>
      <div className="space-y-4">
        <section aria-labelledby="order-totals" className="rounded-lg border border-stone-200 bg-white p-4">
          <h2 id="order-totals" className="text-lg font-semibold text-stone-950">
            {t("order.totals")}
          </h2>
          <dl className="mt-3 space-y-2" data-testid="order-totals">
            <div className="flex justify-between gap-4">
              <dt>{t("cart.subtotal")}</dt>
              <dd className="text-right">{money(order.item_subtotal ?? order.subtotal)}</dd>
            </div>
            <div className="flex justify-between gap-4">
              <dt>{t("checkout.shipping")}</dt>
              <dd className="text-right">{money(order.shipping_total)}</dd>
            </div>
            <div className="flex justify-between gap-4">
              <dt>{t("checkout.tax")}</dt>
              <dd className="text-right">{money(order.tax_total)}</dd>
            </div>
            <div className="flex justify-between gap-4 border-t border-stone-200 pt-2 text-lg font-bold">
              <dt>{t("checkout.total")}</dt>
              <dd className="text-right" data-testid="order-total">
                {money(order.total)}
              </dd>
            </div>
          </dl>
        </section>
        {address ? (
          <section aria-labelledby="order-address" className="rounded-lg border border-stone-200 bg-white p-4">
            <h2 id="order-address" className="text-lg font-semibold text-stone-950">
              {t("order.shipsTo")}
            </h2>
            <address className="mt-2 text-stone-800 not-italic">
              {[address.first_name, address.last_name].filter(Boolean).join(" ")}
              <br />
              {address.address_1}
              <br />
              {[address.postal_code, address.city].filter(Boolean).join(" ")}
              <br />
              {address.country_code
                ? (new Intl.DisplayNames([i18n.language], { type: "region" }).of(address.country_code.toUpperCase()) ??
                  address.country_code.toUpperCase())
                : null}
            </address>
          </section>
        ) : null}
      </div>
    </div>
  )
}
