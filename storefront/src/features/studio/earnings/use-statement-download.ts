import { useQueryClient } from "@tanstack/react-query"
import { useState } from "react"
import { ledgerSinceMonthQueryOptions, resolveOrderNumbers } from "@/features/studio/api/ledger-month"
import { useStudioMe } from "@/features/studio/components/studio-me"
import { monthStatement, type MonthKeyType } from "@/features/studio/earnings/ledger-months"
import { useStatementCsvWords } from "@/features/studio/earnings/ledger-words"
import { statementCsv } from "@/features/studio/earnings/statement-csv"

export type StatementDownloadStateType =
  | { state: "idle" }
  | { state: "preparing"; month: MonthKeyType }
  | { state: "done"; month: MonthKeyType; fileName: string }
  | { state: "failed"; month: MonthKeyType; error: unknown }

/** Hands a text to the phone as a file to keep ("Downloads"). */
function saveFile(text: string, fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }))
  const link = document.createElement("a")
  link.href = url
  link.download = fileName
  link.rel = "noopener"
  document.body.append(link)
  link.click()
  link.remove()
  // The download has started by now; the address is no longer needed.
  window.setTimeout(() => URL.revokeObjectURL(url), 60_000)
}

/** Builds a month's statement as CSV from the ledger and downloads it, saying where it is at. */
export function useStatementDownload() {
  const client = useQueryClient()
  const { group } = useStudioMe()
  const words = useStatementCsvWords()
  const [status, setStatus] = useState<StatementDownloadStateType>({ state: "idle" })

  const download = async (month: MonthKeyType) => {
    setStatus({ state: "preparing", month })
    try {
      const ledger = await client.fetchQuery(ledgerSinceMonthQueryOptions(month))
      const statement = monthStatement(month, ledger.entries, ledger.balances)
      const numbers = await resolveOrderNumbers(
        client,
        statement.entries.flatMap((entry) => (entry.order_id ? [entry.order_id] : []))
      )
      const fileName = `sipakam-statement-${group.handle}-${month}.csv`
      saveFile(statementCsv(statement, words, (orderId) => numbers[orderId]), fileName, "text/csv;charset=utf-8")
      setStatus({ state: "done", month, fileName })
    } catch (error) {
      setStatus({ state: "failed", month, error })
    }
  }
  return { status, download }
}
