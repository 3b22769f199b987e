import { Button, Container, Heading, Input, Select, Table, Text, toast } from "@medusajs/ui"
import { formatMoney, toMinorUnits } from "@sipakam/shared"
import { useState, type FormEvent } from "react"
import { PAYOUT_METHODS, type PayoutMethodType } from "../../modules/settlement/payout-method"
import { adminRequest } from "../lib/admin-request"
import type { BalanceType, LedgerEntryType, PayoutType } from "../lib/producer-types"
import { useAdminResource } from "../lib/use-admin-resource"
import { Field } from "./field"

const METHOD_LABELS: Record<PayoutMethodType, string> = {
  bank_transfer: "Bank transfer",
  aba: "ABA",
  wing: "Wing",
  khqr: "KHQR",
  cash: "Cash",
}
const CURRENCIES = ["usd", "eur", "khr"]
const RECENT_ENTRIES = 20

const money = (amount: number, currency: string) => formatMoney(amount, currency, "en")
const formatDate = (value: string) => new Date(value).toLocaleDateString()

/**
 * What the platform owes the group (its ledger balance per currency), the payouts recorded so
 * far and the form to record one. Amounts are typed in major units ("125.50") and sent as
 * integer minor units.
 */
export function ProducerPayoutsSection(props: { groupId: string; defaultMethod?: string }) {
  const ledger = useAdminResource<{ entries: LedgerEntryType[]; balances: BalanceType[] }>(
    `/admin/producers/${props.groupId}/ledger?limit=${RECENT_ENTRIES}`
  )
  const payouts = useAdminResource<{ payouts: PayoutType[] }>(`/admin/producers/${props.groupId}/payouts`)
  const [form, setForm] = useState({
    amount: "",
    currency: "usd",
    method: (PAYOUT_METHODS as readonly string[]).includes(props.defaultMethod ?? "")
      ? (props.defaultMethod as PayoutMethodType)
      : PAYOUT_METHODS[0],
    reference: "",
    note: "",
  })
  const [saving, setSaving] = useState(false)
  const set = (field: keyof typeof form) => (value: string) => setForm((current) => ({ ...current, [field]: value }))

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    let amount: number
    try {
      amount = toMinorUnits(form.amount, form.currency)
    } catch {
      toast.error("Type the amount as a number, e.g. 125.50")
      return
    }
    if (amount <= 0) {
      toast.error("The amount must be more than zero")
      return
    }
    setSaving(true)
    try {
      await adminRequest(`/admin/producers/${props.groupId}/payouts`, {
        method: "POST",
        body: {
          amount,
          currency_code: form.currency,
          method: form.method,
          ...(form.reference.trim() ? { reference: form.reference.trim() } : {}),
          ...(form.note.trim() ? { note: form.note.trim() } : {}),
        },
      })
      toast.success(`Payout of ${money(amount, form.currency)} recorded`)
      setForm((current) => ({ ...current, amount: "", reference: "", note: "" }))
      ledger.reload()
      payouts.reload()
    } catch (error) {
      toast.error((error as Error).message)
    } finally {
      setSaving(false)
    }
  }

  const balances = ledger.data?.balances ?? []
  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h2">Money</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          Owed to the group:{" "}
          {balances.length
            ? balances.map((balance) => money(balance.balance, balance.currency_code)).join(" · ")
            : "nothing yet"}
        </Text>
      </div>
      <form onSubmit={submit} className="grid grid-cols-1 gap-4 px-6 py-4 md:grid-cols-3">
        <Field id="payout-amount" label="Amount paid">
          <Input id="payout-amount" inputMode="decimal" placeholder="125.50" value={form.amount} onChange={(e) => set("amount")(e.target.value)} />
        </Field>
        <Field id="payout-currency" label="Currency">
          <Select value={form.currency} onValueChange={set("currency")}>
            <Select.Trigger id="payout-currency">
              <Select.Value />
            </Select.Trigger>
            <Select.Content>
              {CURRENCIES.map((currency) => (
                <Select.Item key={currency} value={currency}>
                  {currency.toUpperCase()}
                </Select.Item>
              ))}
            </Select.Content>
          </Select>
        </Field>
        <Field id="payout-method" label="Method">
          <Select value={form.method} onValueChange={set("method")}>
            <Select.Trigger id="payout-method">
              <Select.Value />
            </Select.Trigger>
            <Select.Content>
              {PAYOUT_METHODS.map((method) => (
                <Select.Item key={method} value={method}>
                  {METHOD_LABELS[method]}
                </Select.Item>
              ))}
            </Select.Content>
          </Select>
        </Field>
        <Field id="payout-reference" label="Reference">
          <Input id="payout-reference" maxLength={200} value={form.reference} onChange={(e) => set("reference")(e.target.value)} />
        </Field>
        <Field id="payout-note" label="Note">
          <Input id="payout-note" maxLength={2000} value={form.note} onChange={(e) => set("note")(e.target.value)} />
        </Field>
        <div className="flex items-end">
          <Button size="small" type="submit" isLoading={saving} disabled={!form.amount.trim()}>
            Record payout
          </Button>
        </div>
      </form>
      <div className="px-6 py-4">
        <Heading level="h3">Payouts</Heading>
      </div>
      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>Paid</Table.HeaderCell>
            <Table.HeaderCell>Method</Table.HeaderCell>
            <Table.HeaderCell>Reference</Table.HeaderCell>
            <Table.HeaderCell className="text-right">Amount</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {(payouts.data?.payouts ?? []).map((payout) => (
            <Table.Row key={payout.id}>
              <Table.Cell>{formatDate(payout.paid_at)}</Table.Cell>
              <Table.Cell>{METHOD_LABELS[payout.method as PayoutMethodType] ?? payout.method}</Table.Cell>
              <Table.Cell>{payout.reference ?? "—"}</Table.Cell>
              <Table.Cell className="text-right">{money(payout.amount, payout.currency_code)}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
      <div className="px-6 py-4">
        <Heading level="h3">Latest ledger entries</Heading>
      </div>
      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>Date</Table.HeaderCell>
            <Table.HeaderCell>Type</Table.HeaderCell>
            <Table.HeaderCell>Description</Table.HeaderCell>
            <Table.HeaderCell className="text-right">Amount</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {(ledger.data?.entries ?? []).map((entry) => (
            <Table.Row key={entry.id}>
              <Table.Cell>{formatDate(entry.created_at)}</Table.Cell>
              <Table.Cell>{entry.type.replace(/_/g, " ")}</Table.Cell>
              <Table.Cell>{entry.description ?? "—"}</Table.Cell>
              <Table.Cell className="text-right">{money(entry.amount, entry.currency_code)}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
      {(ledger.error || payouts.error) && (
        <Text className="px-6 py-4 text-ui-fg-error" role="alert">
          {(ledger.error ?? payouts.error)?.message}
        </Text>
      )}
    </Container>
  )
}
