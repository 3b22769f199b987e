import { useTranslation } from "react-i18next"
import { Link } from "react-router"
import { useStudioLedger } from "@/features/studio/api/ledger"
import { linesToDo, useStudioOrders } from "@/features/studio/api/orders"
import { availableStock, LOW_STOCK_AT, useStudioProducts } from "@/features/studio/api/products"
import { useStudioMe } from "@/features/studio/components/studio-me"
import {
  StudioCard,
  StudioError,
  StudioLoading,
  StudioPageTitle,
  StudioRowLink,
  studioButtonClass,
} from "@/features/studio/components/studio-ui"
import { useOnline } from "@/features/studio/components/use-online"
import { formatMinorAmount } from "@/lib/money"

/** What each of Today's sections asks for: the first load waits for the same queries. */
const TODAY_ORDERS = { limit: 100 }
const TODAY_LISTINGS = {
  sentBack: { status: "rejected", limit: 20 },
  inReview: { status: "proposed", limit: 20 },
  drafts: { status: "draft", limit: 1 },
  onSale: { status: "published", limit: 100 },
} as const
const TODAY_LEDGER = { limit: 1 }

function SectionHeading({ children }: { children: string }) {
  return <h2 className="text-lg font-semibold text-stone-950">{children}</h2>
}

/** Order lines the group still has to hand over or ship, by order. */
function LinesToHandOver() {
  const { t } = useTranslation("studio")
  const orders = useStudioOrders(TODAY_ORDERS)
  const waiting = (orders.data?.orders ?? []).filter((order) => linesToDo(order).length > 0)
  return (
    <StudioCard>
      <SectionHeading>{t("today.toHandOver")}</SectionHeading>
      {orders.isPending ? <StudioLoading /> : null}
      {orders.isError ? <StudioError error={orders.error} onRetry={() => void orders.refetch()} /> : null}
      {orders.isSuccess && !waiting.length ? <p className="mt-2 text-base text-stone-700">{t("today.nothingToHandOver")}</p> : null}
      <ul className="mt-2 divide-y divide-stone-100">
        {waiting.map((order) => (
          <li key={order.id}>
            <StudioRowLink to={`/studio/orders/${order.id}`}>
              <span>
                <span className="block font-semibold">{t("today.order", { number: order.display_id })}</span>
                <span className="block text-sm text-stone-700">
                  {linesToDo(order)
                    .map((line) => t("today.lineSummary", { quantity: line.quantity, title: line.product_title ?? line.title }))
                    .join(" · ")}
                </span>
              </span>
            </StudioRowLink>
          </li>
        ))}
      </ul>
    </StudioCard>
  )
}

/** Listings the operator sent back (with the reason), in review, kept as drafts, or on sale but running low. */
function ListingsNeedingCare() {
  const { t } = useTranslation("studio")
  const sentBack = useStudioProducts(TODAY_LISTINGS.sentBack)
  const inReview = useStudioProducts(TODAY_LISTINGS.inReview)
  const drafts = useStudioProducts(TODAY_LISTINGS.drafts)
  const onSale = useStudioProducts(TODAY_LISTINGS.onSale)
  const lowStock = (onSale.data?.products ?? []).filter((product) =>
    product.variants.some((variant) => availableStock(variant) <= LOW_STOCK_AT)
  )
  const failed = [sentBack, inReview, drafts, onSale].find((query) => query.isError)
  return (
    <StudioCard>
      <SectionHeading>{t("today.listings")}</SectionHeading>
      {sentBack.isPending || inReview.isPending || drafts.isPending || onSale.isPending ? <StudioLoading /> : null}
      {failed ? <StudioError error={failed.error} onRetry={() => void failed.refetch()} /> : null}
      {sentBack.data?.products.length ? (
        <div className="mt-3">
          <h3 className="text-base font-semibold text-red-900">{t("today.sentBack", { count: sentBack.data.count })}</h3>
          <ul className="divide-y divide-stone-100">
            {sentBack.data.products.map((product) => (
              <li key={product.id}>
                <StudioRowLink to={`/studio/listings/${product.id}`}>
                  <span>
                    <span className="block font-semibold">{product.title_km ?? product.title}</span>
                    {product.review_rejection_reason ? (
                      <span className="block text-sm text-stone-700">
                        {t("today.reason", { reason: product.review_rejection_reason })}
                      </span>
                    ) : null}
                  </span>
                </StudioRowLink>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {inReview.data ? (
        <p className="mt-3 text-base text-stone-800">{t("today.inReview", { count: inReview.data.count })}</p>
      ) : null}
      {drafts.data?.count ? (
        <div className="mt-3">
          <StudioRowLink to="/studio/listings?status=draft">
            <span className="font-semibold">{t("today.drafts", { count: drafts.data.count })}</span>
          </StudioRowLink>
        </div>
      ) : null}
      {lowStock.length ? (
        <div className="mt-3">
          <h3 className="text-base font-semibold text-amber-900">{t("today.lowStock", { count: lowStock.length })}</h3>
          <ul className="divide-y divide-stone-100">
            {lowStock.map((product) => (
              <li key={product.id}>
                <StudioRowLink to={`/studio/listings?status=published&q=${encodeURIComponent(product.title)}`}>
                  <span>
                    <span className="block font-semibold">{product.title_km ?? product.title}</span>
                    <span className="block text-sm text-stone-700">
                      {t("today.left", { count: Math.min(...product.variants.map(availableStock)) })}
                    </span>
                  </span>
                </StudioRowLink>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </StudioCard>
  )
}

/** What the platform owes the group, per currency. */
function Balance() {
  const { t, i18n } = useTranslation("studio")
  const ledger = useStudioLedger(TODAY_LEDGER)
  return (
    <StudioCard>
      <SectionHeading>{t("today.balance")}</SectionHeading>
      {ledger.isPending ? <StudioLoading /> : null}
      {ledger.isError ? <StudioError error={ledger.error} onRetry={() => void ledger.refetch()} /> : null}
      {ledger.data ? (
        <p className="mt-2 text-2xl font-bold text-stone-950">
          {ledger.data.balances.length
            ? ledger.data.balances
                .map((balance) => formatMinorAmount(balance.balance, balance.currency_code, i18n.language))
                .join(" · ")
            : formatMinorAmount(0, "usd", i18n.language)}
        </p>
      ) : null}
      <p className="mt-1 text-sm text-stone-700">{t("today.balanceHint")}</p>
      <Link to="/studio/earnings" className="mt-2 inline-flex min-h-12 items-center font-semibold text-red-900 underline underline-offset-4">
        {t("today.seeEarnings")}
      </Link>
    </StudioCard>
  )
}

/**
 * Whether Today's sections still wait for their first answers while online. They are shown
 * together once all have answered: one after another, each pushed the next down the screen.
 * Offline, each section says for itself what it waits for.
 */
function useTodayFirstLoad(): boolean {
  const online = useOnline()
  const queries = [
    useStudioOrders(TODAY_ORDERS),
    useStudioProducts(TODAY_LISTINGS.sentBack),
    useStudioProducts(TODAY_LISTINGS.inReview),
    useStudioProducts(TODAY_LISTINGS.drafts),
    useStudioProducts(TODAY_LISTINGS.onSale),
    useStudioLedger(TODAY_LEDGER),
  ]
  return online && queries.some((query) => query.isPending)
}

/** What needs doing now, for the coordinator opening the studio in the morning. */
export function TodayPage() {
  const me = useStudioMe()
  const { t } = useTranslation("studio")
  const loading = useTodayFirstLoad()
  const name = me.member.first_name
  return (
    <div className="space-y-4">
      <StudioPageTitle>{name ? t("today.greetingNamed", { name }) : t("today.greeting")}</StudioPageTitle>
      <Link to="/studio/listings/new" className={`${studioButtonClass} w-full`}>
        {t("today.addListing")}
      </Link>
      {loading ? (
        <StudioLoading />
      ) : (
        <>
          <LinesToHandOver />
          <ListingsNeedingCare />
          <Balance />
        </>
      )}
    </div>
  )
}
