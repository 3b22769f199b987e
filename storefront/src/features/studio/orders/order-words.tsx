import { useTranslation } from "react-i18next"
import type { StudioOrderLineType, StudioOrderType, StudioShippingAddressType } from "@/features/studio/api/orders"
import { formatStudioDate } from "@/features/studio/components/studio-dates"
import { photoSrcSet } from "@/lib/photo-sizes"

/** A line's photo (its product's thumbnail), or a plain tile saying there is none. */
export function LinePhoto({ line, size = "md" }: { line: StudioOrderLineType; size?: "sm" | "md" }) {
  const { t } = useTranslation("studio")
  const box = size === "sm" ? "size-12" : "size-20"
  const pixels = size === "sm" ? 48 : 80
  return line.thumbnail ? (
    <img
      src={line.thumbnail}
      srcSet={photoSrcSet(line.thumbnail)}
      sizes={`${pixels}px`}
      alt=""
      width={pixels}
      height={pixels}
      loading="lazy"
      decoding="async"
      className={`${box} shrink-0 rounded-lg bg-stone-100 object-cover`}
    />
  ) : (
    <span
      className={`${box} flex shrink-0 items-center justify-center rounded-lg bg-stone-100 p-1 text-center text-xs text-stone-600`}
    >
      {t("orders.noPhoto")}
    </span>
  )
}

/** The line's name as the coordinator listed it, with the variant when there is one. */
export function lineName(line: StudioOrderLineType): string {
  return line.product_title ?? line.title
}

/** Where a line is, in words: waiting, handed over on a date, or shipped with its tracking. */
export function LineStatus({ line }: { line: StudioOrderLineType }) {
  const { t, i18n } = useTranslation("studio")
  const date = (instant: string | null) => (instant ? formatStudioDate(instant, i18n.language) : t("orders.dateUnknown"))
  if (line.status === "pending") {
    return <span className="font-semibold text-amber-900">{t("orders.status.waiting")}</span>
  }
  if (line.status === "handed_over") {
    return <span className="font-semibold text-sky-900">{t("orders.status.handedOver", { date: date(line.handed_over_at) })}</span>
  }
  return (
    <span className="font-semibold text-emerald-900">
      {t("orders.status.shipped", { date: date(line.shipped_at) })}
      {line.tracking ? (
        <span className="block font-normal text-stone-800">
          {line.tracking.carrier
            ? t("orders.status.trackingWithCarrier", { number: line.tracking.number, carrier: line.tracking.carrier })
            : t("orders.status.tracking", { number: line.tracking.number })}
          {line.tracking.url ? (
            <a
              href={line.tracking.url}
              target="_blank"
              rel="noreferrer"
              className="ml-1 inline-flex min-h-12 items-center font-semibold text-red-900 underline underline-offset-4"
            >
              {t("orders.status.openTracking")}
            </a>
          ) : null}
        </span>
      ) : null}
    </span>
  )
}

/** What the order still needs from the group, in one sentence. */
export function orderToDo(order: StudioOrderType): "cancelled" | "toDo" | "toShip" | "done" {
  if (order.status === "canceled") return "cancelled"
  if (order.items.some((line) => line.status === "pending")) return "toDo"
  if (order.items.some((line) => line.status === "handed_over")) return "toShip"
  return "done"
}

/** The country of a two-letter code in the studio's language ("FR" is "បារាំង" in Khmer). */
function countryName(code: string, language: string): string {
  try {
    return new Intl.DisplayNames([language], { type: "region" }).of(code.toUpperCase()) ?? code.toUpperCase()
  } catch {
    return code.toUpperCase()
  }
}

/** Where to deliver: the name, a phone number to tap and call, the address as it is written. */
export function DeliveryAddress({ address }: { address: StudioShippingAddressType | null }) {
  const { t, i18n } = useTranslation("studio")
  if (!address) return <p className="text-base text-stone-700">{t("orders.noAddress")}</p>
  const name = [address.first_name, address.last_name].filter(Boolean).join(" ")
  const cityLine = [address.postal_code, address.city].filter(Boolean).join(" ")
  const lines = [address.company, address.address_1, address.address_2, cityLine, address.province].filter(
    (part): part is string => Boolean(part)
  )
  return (
    <address className="text-base leading-relaxed text-stone-900 not-italic">
      {name ? <span className="block font-semibold">{name}</span> : null}
      {lines.map((part, index) => (
        <span key={index} className="block">
          {part}
        </span>
      ))}
      {address.country_code ? <span className="block">{countryName(address.country_code, i18n.language)}</span> : null}
      {address.phone ? (
        <a
          href={`tel:${address.phone.replace(/[^\d+]/g, "")}`}
          className="mt-2 inline-flex min-h-12 items-center rounded-lg border border-stone-400 px-4 font-semibold text-red-900"
        >
          {t("orders.call", { phone: address.phone })}
        </a>
      ) : (
        <span className="mt-1 block text-sm text-stone-700">{t("orders.noPhone")}</span>
      )}
    </address>
  )
}
