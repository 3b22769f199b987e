import { useCallback } from "react"
import { useTranslation } from "react-i18next"
import type { StudioLedgerEntryType } from "@/features/studio/api/ledger"
import { PAYOUT_METHODS, type StudioPayoutMethodType } from "@/features/studio/api/profile"
import { describeLedgerEntry } from "@/features/studio/earnings/ledger-description"
import type { StatementCsvWordsType } from "@/features/studio/earnings/statement-csv"

/** 1500 basis points as "15%" in the studio's language. */
export function formatRate(rateBps: number, language: string): string {
  return new Intl.NumberFormat(language, { style: "percent", maximumFractionDigits: 2 }).format(rateBps / 10_000)
}

/** A ledger entry named in words: what it is, its order's number, the commission's rate. */
export function useLedgerEntryWords() {
  const { t, i18n } = useTranslation("studio")
  const kind = useCallback((entry: StudioLedgerEntryType) => t(`earnings.kind.${entry.type}`), [t])
  const detail = useCallback(
    (entry: StudioLedgerEntryType, orderNumber: number | undefined) =>
      [
        orderNumber !== undefined ? t("earnings.orderNumber", { number: orderNumber }) : null,
        entry.type === "commission" && entry.rate_bps !== null
          ? t("earnings.rate", { rate: formatRate(entry.rate_bps, i18n.language) })
          : null,
        entry.quantity !== null && entry.type !== "payout" ? t("earnings.quantity", { count: entry.quantity }) : null,
      ]
        .filter(Boolean)
        .join(" · "),
    [t, i18n.language]
  )
  /** The piece the entry is for, or the payout's method and reference, in the studio's words. */
  const describe = useCallback(
    (entry: StudioLedgerEntryType): string | null => {
      const description = describeLedgerEntry(entry)
      if (!description) return null
      if (description.kind === "piece") return description.title
      if (description.kind === "text") return description.text
      const method = (PAYOUT_METHODS as readonly string[]).includes(description.method)
        ? t(`profile.payout.methods.${description.method as StudioPayoutMethodType}.name`)
        : description.method
      return description.reference
        ? t("earnings.payoutViaReference", { method, reference: description.reference })
        : t("earnings.payoutVia", { method })
    },
    [t]
  )
  return { kind, detail, describe }
}

/** The statement's CSV headings and names, in the studio's language. */
export function useStatementCsvWords(): StatementCsvWordsType {
  const { t } = useTranslation("studio")
  return {
    columns: {
      date: t("earnings.csv.date"),
      type: t("earnings.csv.type"),
      order: t("earnings.csv.order"),
      description: t("earnings.csv.description"),
      quantity: t("earnings.csv.quantity"),
      amount: t("earnings.csv.amount"),
      currency: t("earnings.csv.currency"),
      balance: t("earnings.csv.balance"),
    },
    opening: t("earnings.statement.opening"),
    closing: t("earnings.statement.closing"),
    typeOf: (entry) => t(`earnings.kind.${entry.type}`),
  }
}
