import { useQuery, useQueryClient } from "@tanstack/react-query"
import { useMemo } from "react"
import { createPortal } from "react-dom"
import { useTranslation } from "react-i18next"
import { Link, Navigate, useParams } from "react-router"
import { labelOf, PROVINCES } from "@sipakam/shared"
import { orderNumbersQueryOptions, useLedgerSinceMonth } from "@/features/studio/api/ledger-month"
import { formatStudioDate, formatStudioDateTime, formatStudioMonth } from "@/features/studio/components/studio-dates"
import { useStudioMe } from "@/features/studio/components/studio-me"
import {
  StudioError,
  StudioLoading,
  studioButtonClass,
  studioSecondaryButtonClass,
} from "@/features/studio/components/studio-ui"
import {
  isMonthKey,
  monthMiddayOf,
  monthStatement,
  type MonthKeyType,
  type MonthStatementType,
} from "@/features/studio/earnings/ledger-months"
import { useLedgerEntryWords } from "@/features/studio/earnings/ledger-words"
import { useStatementDownload } from "@/features/studio/earnings/use-statement-download"
import { currentLanguage } from "@/lib/i18n"
import { formatMinorAmount } from "@/lib/money"

/** The statement as a document: what a printed page or a saved PDF shows. */
function StatementDocument({
  statement,
  numbers,
}: {
  statement: MonthStatementType
  numbers: Record<string, number>
}) {
  const { t, i18n } = useTranslation("studio")
  const { group } = useStudioMe()
  const words = useLedgerEntryWords()
  const money = (amount: number, currency: string) => formatMinorAmount(amount, currency, i18n.language)
  const province = labelOf(PROVINCES, group.province, currentLanguage(i18n.language)) ?? group.province
  return (
    <article className="space-y-5 bg-white text-stone-950">
      <header className="border-b-2 border-stone-900 pb-3">
        <p className="text-sm font-semibold tracking-wide text-stone-700 uppercase">{t("earnings.statement.platform")}</p>
        <h1 className="text-2xl leading-snug font-bold">
          {t("earnings.statement.title", { month: formatStudioMonth(monthMiddayOf(statement.month), i18n.language) })}
        </h1>
        <p className="text-lg font-semibold">{group.name}</p>
        <p className="text-base">{[group.village, province].filter(Boolean).join(", ")}</p>
        <p className="mt-1 text-sm text-stone-700">
          {t("earnings.statement.madeOn", { date: formatStudioDateTime(new Date(), i18n.language) })}
        </p>
      </header>

      {statement.currencies.map((currency) => (
        <section key={currency.currency_code} className="break-inside-avoid">
          <h2 className="text-lg font-semibold">
            {t("earnings.statement.summary", { currency: currency.currency_code.toUpperCase() })}
          </h2>
          <table className="mt-2 w-full border-collapse text-base">
            <tbody>
              {(
                [
                  ["opening", currency.opening],
                  ["sales", currency.sales],
                  ["commission", currency.commission],
                  ["reversals", currency.reversals],
                  ["payouts", currency.payouts],
                  ["closing", currency.closing],
                ] as const
              ).map(([row, amount]) => (
                <tr key={row} className={row === "closing" || row === "opening" ? "font-bold" : undefined}>
                  <th scope="row" className="border-b border-stone-300 py-1 pr-2 text-left font-[inherit]">
                    {t(`earnings.statement.${row}`)}
                  </th>
                  <td className="border-b border-stone-300 py-1 text-right whitespace-nowrap">
                    {money(amount, currency.currency_code)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ))}

      <section>
        <h2 className="text-lg font-semibold">{t("earnings.statement.entries")}</h2>
        {statement.entries.length ? (
          <table className="mt-2 w-full border-collapse text-sm">
            <thead>
              <tr className="border-b-2 border-stone-900 text-left">
                <th scope="col" className="py-1 pr-2">
                  {t("earnings.csv.date")}
                </th>
                <th scope="col" className="py-1 pr-2">
                  {t("earnings.statement.what")}
                </th>
                <th scope="col" className="py-1 text-right">
                  {t("earnings.csv.amount")}
                </th>
              </tr>
            </thead>
            <tbody>
              {statement.entries.map((entry) => {
                const detail = words.detail(entry, entry.order_id ? numbers[entry.order_id] : undefined)
                return (
                  <tr key={entry.id} className="break-inside-avoid border-b border-stone-200 align-top">
                    <td className="py-1 pr-2 whitespace-nowrap">{formatStudioDate(entry.created_at, i18n.language)}</td>
                    <td className="py-1 pr-2">
                      <span className="block font-semibold">{words.kind(entry)}</span>
                      {detail ? <span className="block">{detail}</span> : null}
                      {words.describe(entry) ? (
                        <span className="block break-words text-stone-700">{words.describe(entry)}</span>
                      ) : null}
                    </td>
                    <td className="py-1 text-right whitespace-nowrap">{money(entry.amount, entry.currency_code)}</td>
                  </tr>
                )
              })}
            </tbody>
          </table>
        ) : (
          <p className="mt-1 text-base">{t("earnings.statement.noEntries")}</p>
        )}
      </section>
      <p className="text-sm text-stone-700">{t("earnings.statement.footnote")}</p>
    </article>
  )
}

function Statement({ month }: { month: MonthKeyType }) {
  const { t } = useTranslation("studio")
  const client = useQueryClient()
  const ledger = useLedgerSinceMonth(month)
  const statement = useMemo(
    () => (ledger.data ? monthStatement(month, ledger.data.entries, ledger.data.balances) : null),
    [ledger.data, month]
  )
  const orderIds = statement?.entries.flatMap((entry) => (entry.order_id ? [entry.order_id] : [])) ?? []
  const numbers = useQuery({ ...orderNumbersQueryOptions(client, orderIds), enabled: Boolean(statement) })
  const { status, download } = useStatementDownload()

  if (ledger.isPending) return <StudioLoading label={t("earnings.statement.loading")} />
  if (!statement) return <StudioError error={ledger.error} onRetry={() => void ledger.refetch()} />
  if (orderIds.length && numbers.isPending) return <StudioLoading label={t("earnings.statement.loading")} />
  const statementDocument = <StatementDocument statement={statement} numbers={numbers.data ?? {}} />
  return (
    <>
      <div className="space-y-4 print:hidden">
        <Link to="/studio/earnings" className="inline-flex min-h-12 items-center font-semibold text-red-900 underline underline-offset-4">
          {t("earnings.statement.back")}
        </Link>
        <div className="space-y-2">
          <button type="button" onClick={() => window.print()} className={`${studioButtonClass} w-full py-2 text-center`}>
            {t("earnings.statement.print")}
          </button>
          <p className="text-sm text-stone-700">{t("earnings.statement.printHint")}</p>
          <button
            type="button"
            onClick={() => void download(month)}
            disabled={status.state === "preparing"}
            className={`${studioSecondaryButtonClass} w-full py-2 text-center`}
          >
            {t("earnings.downloadCsv")}
          </button>
          <div aria-live="polite">
            {status.state === "done" ? (
              <p role="status" className="text-base font-semibold text-emerald-900">
                {t("earnings.downloaded", { file: status.fileName })}
              </p>
            ) : null}
          </div>
          {status.state === "failed" ? <StudioError error={status.error} onRetry={() => void download(month)} /> : null}
        </div>
        <div className="rounded-xl border border-stone-300 bg-white p-4 shadow-sm">{statementDocument}</div>
      </div>
      {/*
        What prints: the statement alone, a child of <body> beside the app, which printing hides
        (with the studio's bars and buttons). The browser lays out Khmer script itself, so a
        PDF saved from its print dialog shows it correctly.
      */}
      {createPortal(
        <div className="hidden print:block print:[body:has(&)>#root]:hidden" aria-hidden="true">
          {statementDocument}
        </div>,
        document.body
      )}
    </>
  )
}

/** A month's statement to print or save as a PDF (`/studio/earnings/statement/2026-01`). */
export function StatementPage() {
  const { month } = useParams()
  if (!isMonthKey(month)) return <Navigate to="/studio/earnings" replace />
  return <Statement month={month} />
}
