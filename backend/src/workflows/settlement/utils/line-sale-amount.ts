import { BigNumber, getLineItemTotals, MathBN, MedusaError } from "@medusajs/framework/utils"
import { fromMedusaAmount } from "@sipakam/shared"

/** A raw amount as Medusa keeps it next to its rounded number (`raw_unit_price`, ...). */
type RawAmount = { value: string | number } | null | undefined
type Amount = number | string | null | undefined

/** The fields of an order line its totals are computed from, as query.graph returns them. */
export type SaleLineInputType = {
  id: string
  unit_price: Amount
  raw_unit_price?: RawAmount
  quantity: Amount
  raw_quantity?: RawAmount
  is_tax_inclusive?: boolean | null
  tax_lines?: ({ rate: Amount; raw_rate?: RawAmount } | null)[] | null
  adjustments?:
    | ({ amount: Amount; raw_amount?: RawAmount; is_tax_inclusive?: boolean | null } | null)[]
    | null
}

const exact = (raw: RawAmount, rounded: Amount) => raw?.value ?? rounded ?? 0

/**
 * What a line sold for, for the group that made it: its subtotal after discounts and without
 * tax (taken out of tax-inclusive prices), for all its units, in integer minor units of the
 * order's currency. Medusa's own line totals are computed on its exact decimals, then the net
 * amount is rounded once, half up, to the minor unit. Returns are ignored on purpose (Medusa's
 * `subtotal` shrinks as units come back): a sale is what was sold; reversals record the rest.
 */
export function lineSaleAmount(line: SaleLineInputType, currencyCode: string): number {
  const totals = getLineItemTotals(
    {
      id: line.id,
      unit_price: new BigNumber(exact(line.raw_unit_price, line.unit_price)),
      quantity: new BigNumber(exact(line.raw_quantity, line.quantity)),
      is_tax_inclusive: Boolean(line.is_tax_inclusive),
      tax_lines: (line.tax_lines ?? []).flatMap((taxLine) =>
        taxLine ? [{ rate: Number(exact(taxLine.raw_rate, taxLine.rate)) }] : []
      ),
      adjustments: (line.adjustments ?? []).flatMap((adjustment) =>
        adjustment
          ? [
              {
                amount: new BigNumber(exact(adjustment.raw_amount, adjustment.amount)),
                is_tax_inclusive: Boolean(adjustment.is_tax_inclusive),
              },
            ]
          : []
      ),
    },
    {}
  )
  const net = MathBN.sub(totals.subtotal, totals.discount_subtotal)
  if (net.isNegative()) {
    throw new MedusaError(
      MedusaError.Types.UNEXPECTED_STATE,
      `Line ${line.id} has discounts larger than its subtotal`
    )
  }
  return fromMedusaAmount(net.toFixed(), currencyCode)
}
