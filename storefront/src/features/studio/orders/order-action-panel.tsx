import { useEffect, useId, useRef, useState } from "react"
import { useTranslation } from "react-i18next"
import {
  handedOverParcels,
  pendingLines,
  StudioShipFormSchema,
  toggleShipLine,
  useOrderAction,
  type StudioShipFormType,
} from "@/features/studio/api/order-actions"
import type { StudioOrderLineType, StudioOrderType } from "@/features/studio/api/orders"
import { studioErrorKind } from "@/features/studio/api/producer-client"
import { formatStudioDate } from "@/features/studio/components/studio-dates"
import {
  StudioCard,
  studioButtonClass,
  studioInputClass,
  studioSecondaryButtonClass,
} from "@/features/studio/components/studio-ui"
import { useIdempotencyKey } from "@/features/studio/components/use-idempotency-key"
import { LinePhoto, lineName } from "@/features/studio/orders/order-words"

export type OrderActionKindType = "handover" | "ship"

function LineChoice({
  line,
  checked,
  onToggle,
}: {
  line: StudioOrderLineType
  checked: boolean
  onToggle: () => void
}) {
  const { t } = useTranslation("studio")
  return (
    <label
      className={`flex min-h-16 cursor-pointer items-center gap-3 rounded-xl border-2 p-3 ${
        checked ? "border-red-800 bg-red-50" : "border-stone-300 bg-white"
      }`}
    >
      <input type="checkbox" checked={checked} onChange={onToggle} className="size-7 shrink-0 accent-red-800" />
      <LinePhoto line={line} size="sm" />
      <span className="min-w-0 text-base">
        <span className="block font-semibold">{t("orders.lineSummary", { quantity: line.quantity, title: lineName(line) })}</span>
        {line.variant_title ? <span className="block text-sm text-stone-700">{line.variant_title}</span> : null}
      </span>
    </label>
  )
}

type ShipFieldErrorsType = Partial<Record<keyof StudioShipFormType, string>>

function ShipFields({
  form,
  errors,
  onChange,
}: {
  form: StudioShipFormType
  errors: ShipFieldErrorsType
  onChange: (form: StudioShipFormType) => void
}) {
  const { t } = useTranslation("studio")
  const id = useId()
  const field = (name: keyof StudioShipFormType, label: string, hint: string, props: { inputMode?: "url" | "text" } = {}) => (
    <div>
      <label htmlFor={`${id}-${name}`} className="block text-base font-semibold text-stone-950">
        {label}
      </label>
      <p id={`${id}-${name}-hint`} className="text-sm text-stone-700">
        {hint}
      </p>
      <input
        id={`${id}-${name}`}
        value={form[name]}
        onChange={(event) => onChange({ ...form, [name]: event.target.value })}
        aria-invalid={errors[name] ? true : undefined}
        aria-describedby={`${id}-${name}-hint${errors[name] ? ` ${id}-${name}-error` : ""}`}
        autoComplete="off"
        autoCapitalize={name === "trackingUrl" ? "none" : undefined}
        spellCheck={false}
        inputMode={props.inputMode}
        className={studioInputClass}
      />
      {errors[name] ? (
        <p id={`${id}-${name}-error`} className="mt-1 text-base font-semibold text-red-800">
          {t(`orders.errors.${errors[name]}` as "orders.errors.trackingRequired")}
        </p>
      ) : null}
    </div>
  )
  return (
    <div className="space-y-4">
      {field("trackingNumber", t("orders.ship.trackingNumber"), t("orders.ship.trackingNumberHint"))}
      {field("carrier", t("orders.ship.carrier"), t("orders.ship.carrierHint"))}
      {field("trackingUrl", t("orders.ship.trackingUrl"), t("orders.ship.trackingUrlHint"), { inputMode: "url" })}
    </div>
  )
}

/** What went wrong with a hand-over or a shipment, said so the coordinator knows what to do. */
function ActionFailure({ error }: { error: unknown }) {
  const { t } = useTranslation("studio")
  const kind = studioErrorKind(error)
  return (
    <div role="alert" className="rounded-xl border border-red-300 bg-red-50 p-4 text-base text-red-950">
      <p className="font-semibold">{t("orders.action.failed")}</p>
      <p className="mt-1">{kind === "invalid" ? t("orders.action.refused") : t(`app.errors.${kind}`)}</p>
      {kind === "invalid" && error instanceof Error ? <p className="mt-1 text-sm">{error.message}</p> : null}
    </div>
  )
}

/**
 * Hand over or ship, one task per screen: choose the lines (and, to ship, the tracking), check
 * what will be saved in a sentence, then save, with Saving, Done or Failed said in words. A
 * retry of the same choice sends the same idempotency key, so it is recorded once.
 */
export function OrderActionPanel({
  order,
  kind,
  onClose,
  onDone,
}: {
  order: StudioOrderType
  kind: OrderActionKindType
  onClose: () => void
  onDone: (count: number) => void
}) {
  const { t, i18n } = useTranslation("studio")
  const pending = pendingLines(order)
  const parcels = kind === "ship" ? handedOverParcels(order) : []
  // What usually goes together is chosen to begin with: all lines at the group, else the one hand-over.
  const [chosen, setChosen] = useState<string[]>(() =>
    (pending.length ? pending : parcels.length === 1 ? (parcels[0]?.lines ?? []) : []).map((line) => line.id)
  )
  const [form, setForm] = useState<StudioShipFormType>({ trackingNumber: "", carrier: "", trackingUrl: "" })
  const [errors, setErrors] = useState<ShipFieldErrorsType>({})
  const [noLines, setNoLines] = useState(false)
  const [step, setStep] = useState<"choose" | "confirm">("choose")
  const action = useOrderAction()
  const { keyFor, forget } = useIdempotencyKey()
  const heading = useRef<HTMLHeadingElement>(null)

  useEffect(() => heading.current?.focus(), [step])

  const chosenLines = order.items.filter((line) => chosen.includes(line.id))
  const toggle = (lineId: string) => {
    setNoLines(false)
    setChosen(
      kind === "ship"
        ? toggleShipLine(order, chosen, lineId)
        : chosen.includes(lineId)
          ? chosen.filter((id) => id !== lineId)
          : [...chosen, lineId]
    )
  }

  const next = () => {
    if (!chosenLines.length) {
      setNoLines(true)
      return
    }
    if (kind === "ship") {
      const parsed = StudioShipFormSchema.safeParse(form)
      if (!parsed.success) {
        setErrors(
          Object.fromEntries(parsed.error.issues.map((issue) => [String(issue.path[0]), issue.message])) as ShipFieldErrorsType
        )
        return
      }
      setErrors({})
    }
    setStep("confirm")
  }

  const save = () => {
    const lineIds = chosenLines.map((line) => line.id)
    const fingerprint = JSON.stringify({ kind, order: order.id, lineIds: [...lineIds].sort(), form: kind === "ship" ? form : null })
    const idempotencyKey = keyFor(fingerprint)
    action.mutate(
      kind === "handover"
        ? { kind, orderId: order.id, lineIds, idempotencyKey }
        : { kind, orderId: order.id, lineIds, form, idempotencyKey },
      {
        onSuccess: () => {
          forget()
          onDone(lineIds.length)
        },
      }
    )
  }

  const title = t(kind === "handover" ? "orders.handover.title" : "orders.ship.title")

  if (step === "confirm") {
    return (
      <div className="space-y-4">
        <h1 ref={heading} tabIndex={-1} className="text-2xl leading-snug font-bold text-stone-950 focus:outline-none">
          {t("orders.action.checkTitle")}
        </h1>
        <StudioCard>
          <p className="text-base font-semibold text-stone-950">
            {t(kind === "handover" ? "orders.handover.confirm" : "orders.ship.confirm", { number: order.display_id })}
          </p>
          <ul className="mt-3 space-y-2">
            {chosenLines.map((line) => (
              <li key={line.id} className="flex items-center gap-3">
                <LinePhoto line={line} size="sm" />
                <span className="text-base">{t("orders.lineSummary", { quantity: line.quantity, title: lineName(line) })}</span>
              </li>
            ))}
          </ul>
          {kind === "ship" ? (
            <dl className="mt-3 space-y-1 text-base">
              <div>
                <dt className="inline font-semibold">{t("orders.ship.trackingNumber")}: </dt>
                <dd className="inline break-all">{form.trackingNumber.trim()}</dd>
              </div>
              <div>
                <dt className="inline font-semibold">{t("orders.ship.carrier")}: </dt>
                <dd className="inline">{form.carrier.trim() || t("orders.ship.notGiven")}</dd>
              </div>
              <div>
                <dt className="inline font-semibold">{t("orders.ship.trackingUrl")}: </dt>
                <dd className="inline break-all">{form.trackingUrl.trim() || t("orders.ship.notGiven")}</dd>
              </div>
            </dl>
          ) : (
            <p className="mt-3 text-sm text-stone-700">{t("orders.handover.explain")}</p>
          )}
        </StudioCard>
        <div aria-live="polite">
          {action.isPending ? (
            <p role="status" className="rounded-xl bg-stone-100 p-4 text-base font-semibold text-stone-900">
              {t("orders.action.saving")}
            </p>
          ) : null}
        </div>
        {action.isError ? <ActionFailure error={action.error} /> : null}
        <button type="button" onClick={save} disabled={action.isPending} className={`${studioButtonClass} w-full py-2 text-center`}>
          {action.isError
            ? t("orders.action.tryAgain")
            : t(kind === "handover" ? "orders.handover.yes" : "orders.ship.yes")}
        </button>
        <button
          type="button"
          onClick={() => setStep("choose")}
          disabled={action.isPending}
          className={`${studioSecondaryButtonClass} w-full py-2 text-center`}
        >
          {t("orders.action.back")}
        </button>
      </div>
    )
  }

  return (
    <div className="space-y-4">
      <h1 ref={heading} tabIndex={-1} className="text-2xl leading-snug font-bold text-stone-950 focus:outline-none">
        {title}
      </h1>
      <p className="text-base text-stone-800">
        {t(kind === "handover" ? "orders.handover.intro" : "orders.ship.intro", { number: order.display_id })}
      </p>
      <fieldset className="space-y-2">
        <legend className="mb-2 text-lg font-semibold text-stone-950">{t("orders.action.chooseLines")}</legend>
        {pending.length && kind === "ship" && parcels.length ? (
          <p className="text-base font-semibold text-stone-900">{t("orders.ship.atTheGroup")}</p>
        ) : null}
        {pending.map((line) => (
          <LineChoice key={line.id} line={line} checked={chosen.includes(line.id)} onToggle={() => toggle(line.id)} />
        ))}
        {parcels.map((parcel) => (
          <div key={parcel.fulfillmentId} className="space-y-2 pt-2">
            <p className="text-base font-semibold text-stone-900">
              {t("orders.ship.handedOverTogether", {
                date: parcel.handedOverAt ? formatStudioDate(parcel.handedOverAt, i18n.language) : t("orders.dateUnknown"),
              })}
            </p>
            {parcel.lines.map((line) => (
              <LineChoice key={line.id} line={line} checked={chosen.includes(line.id)} onToggle={() => toggle(line.id)} />
            ))}
          </div>
        ))}
        {kind === "ship" && (pending.length ? 1 : 0) + parcels.length > 1 ? (
          <p className="text-sm text-stone-700">{t("orders.ship.oneParcel")}</p>
        ) : null}
        {noLines ? (
          <p role="alert" className="text-base font-semibold text-red-800">
            {t("orders.errors.noLines")}
          </p>
        ) : null}
      </fieldset>
      {kind === "ship" ? <ShipFields form={form} errors={errors} onChange={setForm} /> : null}
      <button type="button" onClick={next} className={`${studioButtonClass} w-full py-2 text-center`}>
        {t("orders.action.next")}
      </button>
      <button type="button" onClick={onClose} className={`${studioSecondaryButtonClass} w-full py-2 text-center`}>
        {t("orders.action.cancel")}
      </button>
    </div>
  )
}
