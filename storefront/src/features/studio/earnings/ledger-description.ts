import type { StudioLedgerEntryType } from "@/features/studio/api/ledger"

/**
 * What a ledger entry's description names, for showing it in the coordinator's language: the
 * piece sold (in the listing's own words), or a payout's method and reference. The backend writes
 * descriptions in English (backend/src/workflows/settlement: "2 × Naga scarf", "Commission 15% on
 * 2 × Naga scarf", "Cancelled: 1 of 2 × Naga scarf", "Payout by aba (TX-1)"); anything else is
 * shown as written.
 */
export type LedgerDescriptionType =
  | { kind: "piece"; title: string }
  | { kind: "payout"; method: string; reference: string | null }
  | { kind: "text"; text: string }
  | null

export function describeLedgerEntry(entry: Pick<StudioLedgerEntryType, "type" | "description">): LedgerDescriptionType {
  const text = entry.description?.trim()
  if (!text) return null
  if (entry.type === "payout") {
    const payout = /^Payout by ([a-z_]+)(?: \((.+)\))?$/.exec(text)
    if (payout) return { kind: "payout", method: payout[1] as string, reference: payout[2] ?? null }
    return { kind: "text", text }
  }
  const piece =
    entry.type === "sale"
      ? /^\d+ × (.+)$/s.exec(text)
      : entry.type === "commission"
        ? /^Commission [\d.,]+% on \d+ × (.+)$/s.exec(text)
        : /^.+?: \d+ of \d+ × (.+)$/s.exec(text)
  return piece ? { kind: "piece", title: piece[1] as string } : { kind: "text", text }
}
