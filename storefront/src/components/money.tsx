import { useTranslation } from "react-i18next"
import { fromMedusaAmount } from "@sipakam/shared/money"
import { formatMedusaAmount, formatRielEquivalent } from "@/lib/money"

type MoneyProps = {
  /** Medusa's major-unit amount (25.5 is $25.50). */
  amount: number
  currencyCode: string
  /** The Cambodia region's riel rate: a US-dollar amount then also shows about how many riels. */
  khrPerUsd?: number | null
  className?: string
}

/** An amount of a cart or an order, with its riel equivalent where shoppers think in riels. */
export function Money({ amount, currencyCode, khrPerUsd, className }: MoneyProps) {
  const { t, i18n } = useTranslation()
  const showRiel = Boolean(khrPerUsd) && currencyCode.toLowerCase() === "usd"
  return (
    <span className={className}>
      {formatMedusaAmount(amount, currencyCode, i18n.language)}
      {showRiel && khrPerUsd ? (
        <span className="block text-xs font-normal text-stone-700">
          {t("money.rielEquivalent", {
            amount: formatRielEquivalent(fromMedusaAmount(amount, currencyCode), khrPerUsd, i18n.language),
          })}
        </span>
      ) : null}
    </span>
  )
}
