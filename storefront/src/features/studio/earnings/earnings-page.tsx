import { useInfiniteQuery, useQuery, useQueryClient } from "@tanstack/react-query"
import { useId, useMemo, useState } from "react"
import { useTranslation } from "react-i18next"
import { Link } from "react-router"
import { STUDIO_LEDGER_QUERY_KEY, type StudioLedgerEntryType, type StudioLedgerType } from "@/features/studio/api/ledger"
import { orderNumbersQueryOptions } from "@/features/studio/api/ledger-month"
import { producerGet } from "@/features/studio/api/producer-client"
import { formatStudioDate, formatStudioMonth } from "@/features/studio/components/studio-dates"
import {
  StudioCard,
  StudioError,
  StudioLoading,
  StudioPageTitle,
  studioButtonClass,
  studioInputClass,
  studioSecondaryButtonClass,
} from "@/features/studio/components/studio-ui"
import { groupByMonth, monthKeyOf, monthMiddayOf, type MonthKeyType } from "@/features/studio/earnings/ledger-months"
import { useLedgerEntryWords } from "@/features/studio/earnings/ledger-words"
import { useStatementDownload } from "@/features/studio/earnings/use-statement-download"
import { formatMinorAmount } from "@/lib/money"

const LEDGER_PAGE_SIZE = 50
/** How far back the statement's month list goes. */
const STATEMENT_MONTHS = 24

const ledgerPagesQueryOptions = {
  queryKey: [...STUDIO_LEDGER_QUERY_KEY, "pages", LEDGER_PAGE_SIZE],
  queryFn: ({ pageParam }: { pageParam: number }) =>
    producerGet<StudioLedgerType>("/producer/ledger", { limit: LEDGER_PAGE_SIZE, offset: pageParam }),
  initialPageParam: 0,
  getNextPageParam: (last: StudioLedgerType) =>
    last.offset + last.entries.length < last.count && last.entries.length ? last.offset + last.entries.length : undefined,
}

/** This month and the ones before it, newest first. */
function recentMonths(now: Date, count: number): MonthKeyType[] {
  const [year, month] = monthKeyOf(now).split("-").map(Number) as [number, number]
  return Array.from({ length: count }, (_, back) => {
    const date = new Date(Date.UTC(year, month - 1 - back, 1))
    return date.toISOString().slice(0, 7)
  })
}

/** An amount with its sign, in green when it adds to what the group is owed. */
function SignedAmount({ amount, currency }: { amount: number; currency: string }) {
  const { i18n } = useTranslation("studio")
  const text = formatMinorAmount(amount, currency, i18n.language)
  return (
    <span className={`font-semibold whitespace-nowrap ${amount >= 0 ? "text-emerald-900" : "text-stone-900"}`}>
      {amount > 0 ? `+${text}` : text}
    </span>
  )
}

function EntryRow({ entry, orderNumber }: { entry: StudioLedgerEntryType; orderNumber: number | undefined }) {
  const { i18n } = useTranslation("studio")
  const words = useLedgerEntryWords()
  const detail = words.detail(entry, orderNumber)
  const description = words.describe(entry)
  return (
    <li className="flex items-start justify-between gap-3 py-3">
      <div className="min-w-0 text-base">
        <p className="font-semibold text-stone-950">{words.kind(entry)}</p>
        {detail ? <p className="text-sm text-stone-800">{detail}</p> : null}
        {description ? <p className="text-sm break-words text-stone-700">{description}</p> : null}
        <p className="text-sm text-stone-600">{formatStudioDate(entry.created_at, i18n.language)}</p>
      </div>
      <SignedAmount amount={entry.amount} currency={entry.currency_code} />
    </li>
  )
}

function Balances({ ledger }: { ledger: StudioLedgerType }) {
  const { t, i18n } = useTranslation("studio")
  const balances = ledger.balances.length ? ledger.balances : [{ currency_code: "usd", balance: 0 }]
  return (
    <StudioCard>
      <h2 className="text-lg font-semibold text-stone-950">{t("earnings.balanceTitle")}</h2>
      <ul className="mt-2 space-y-1">
        {balances.map((balance) => (
          <li key={balance.currency_code} className="text-3xl font-bold text-stone-950">
            {formatMinorAmount(balance.balance, balance.currency_code, i18n.language)}
          </li>
        ))}
      </ul>
      <p className="mt-2 text-base text-stone-800">{t("earnings.balanceExplain")}</p>
    </StudioCard>
  )
}

function StatementCard() {
  const { t, i18n } = useTranslation("studio")
  const id = useId()
  const months = useMemo(() => recentMonths(new Date(), STATEMENT_MONTHS), [])
  const [month, setMonth] = useState<MonthKeyType>(months[0] ?? monthKeyOf(new Date()))
  const { status, download } = useStatementDownload()
  const monthName = (key: MonthKeyType) => formatStudioMonth(monthMiddayOf(key), i18n.language)
  return (
    <StudioCard>
      <h2 className="text-lg font-semibold text-stone-950">{t("earnings.statementTitle")}</h2>
      <p className="mt-1 text-base text-stone-800">{t("earnings.statementIntro")}</p>
      <label htmlFor={`${id}-month`} className="mt-3 block text-base font-semibold text-stone-950">
        {t("earnings.month")}
      </label>
      <select id={`${id}-month`} value={month} onChange={(event) => setMonth(event.target.value)} className={studioInputClass}>
        {months.map((key) => (
          <option key={key} value={key}>
            {monthName(key)}
          </option>
        ))}
      </select>
      <div className="mt-3 space-y-2">
        <button
          type="button"
          onClick={() => void download(month)}
          disabled={status.state === "preparing"}
          className={`${studioButtonClass} w-full py-2 text-center`}
        >
          {t("earnings.downloadCsv")}
        </button>
        <Link to={`/studio/earnings/statement/${month}`} className={`${studioSecondaryButtonClass} w-full py-2 text-center`}>
          {t("earnings.openPrintable")}
        </Link>
      </div>
      <div aria-live="polite" className="mt-2">
        {status.state === "preparing" ? (
          <p role="status" className="text-base text-stone-800">
            {t("earnings.preparing", { month: monthName(status.month) })}
          </p>
        ) : null}
        {status.state === "done" ? (
          <p role="status" className="text-base font-semibold text-emerald-900">
            {t("earnings.downloaded", { file: status.fileName })}
          </p>
        ) : null}
      </div>
      {status.state === "failed" ? (
        <div className="mt-2">
          <StudioError error={status.error} onRetry={() => void download(status.month)} />
        </div>
      ) : null}
    </StudioCard>
  )
}

function Payouts({ entries }: { entries: StudioLedgerEntryType[] }) {
  const { t, i18n } = useTranslation("studio")
  const words = useLedgerEntryWords()
  const payouts = entries.filter((entry) => entry.type === "payout")
  return (
    <StudioCard>
      <h2 className="text-lg font-semibold text-stone-950">{t("earnings.payoutsTitle")}</h2>
      {payouts.length ? (
        <ul className="mt-1 divide-y divide-stone-100">
          {payouts.map((payout) => (
            <li key={payout.id} className="flex items-start justify-between gap-3 py-3 text-base">
              <div className="min-w-0">
                <p className="font-semibold text-stone-950">{formatStudioDate(payout.created_at, i18n.language)}</p>
                {words.describe(payout) ? <p className="text-sm break-words text-stone-700">{words.describe(payout)}</p> : null}
              </div>
              <span className="font-bold whitespace-nowrap text-stone-950">
                {formatMinorAmount(Math.abs(payout.amount), payout.currency_code, i18n.language)}
              </span>
            </li>
          ))}
        </ul>
      ) : (
        <p className="mt-1 text-base text-stone-800">{t("earnings.noPayouts")}</p>
      )}
    </StudioCard>
  )
}

/** What the group earned and was paid: its balance, statements, payouts and ledger by month. */
export function EarningsPage() {
  const { t, i18n } = useTranslation("studio")
  const client = useQueryClient()
  const ledger = useInfiniteQuery(ledgerPagesQueryOptions)
  const entries = useMemo(() => ledger.data?.pages.flatMap((page) => page.entries) ?? [], [ledger.data])
  const orderIds = useMemo(() => entries.flatMap((entry) => (entry.order_id ? [entry.order_id] : [])), [entries])
  const numbers = useQuery({ ...orderNumbersQueryOptions(client, orderIds), enabled: orderIds.length > 0 })
  const months = groupByMonth(entries)
  const first = ledger.data?.pages[0]
  return (
    <div className="space-y-4">
      <StudioPageTitle>{t("earnings.title")}</StudioPageTitle>
      {ledger.isPending ? <StudioLoading /> : null}
      {ledger.isError && !first ? <StudioError error={ledger.error} onRetry={() => void ledger.refetch()} /> : null}
      {first ? <Balances ledger={first} /> : null}
      <StatementCard />
      {first ? <Payouts entries={entries} /> : null}
      {first ? (
        <section aria-labelledby="ledger-heading" className="space-y-3">
          <h2 id="ledger-heading" className="text-xl font-bold text-stone-950">
            {t("earnings.ledgerTitle")}
          </h2>
          {!entries.length ? <p className="text-base text-stone-800">{t("earnings.noEntries")}</p> : null}
          {months.map((month) => (
            <StudioCard key={month.month}>
              <h3 className="text-lg font-semibold text-stone-950">
                {formatStudioMonth(monthMiddayOf(month.month), i18n.language)}
              </h3>
              <p className="text-sm text-stone-700">
                {t("earnings.monthMovement", {
                  amount: month.totals
                    .map((total) => formatMinorAmount(total.amount, total.currency_code, i18n.language))
                    .join(" · "),
                })}
              </p>
              <ul className="divide-y divide-stone-100">
                {month.entries.map((entry) => (
                  <EntryRow
                    key={entry.id}
                    entry={entry}
                    orderNumber={entry.order_id ? numbers.data?.[entry.order_id] : undefined}
                  />
                ))}
              </ul>
            </StudioCard>
          ))}
          {ledger.hasNextPage ? (
            <button
              type="button"
              onClick={() => void ledger.fetchNextPage()}
              disabled={ledger.isFetchingNextPage}
              className={`${studioSecondaryButtonClass} w-full py-2 text-center`}
            >
              {ledger.isFetchingNextPage ? t("app.loading") : t("earnings.showOlder")}
            </button>
          ) : null}
          {ledger.isFetchNextPageError ? <StudioError error={ledger.error} onRetry={() => void ledger.fetchNextPage()} /> : null}
        </section>
      ) : null}
    </div>
  )
}
