import type { ReactNode } from "react"
import { useTranslation } from "react-i18next"
import { Link } from "react-router"
import { studioErrorKind } from "@/features/studio/api/producer-client"
import { useOnline } from "@/features/studio/components/use-online"

/**
 * The studio's building blocks, sized for a thumb on a small phone: targets at least 48 px
 * tall, text at least 16 px, words on every button.
 */
export const studioButtonClass =
  "inline-flex min-h-12 items-center justify-center rounded-lg bg-red-800 px-5 text-base font-semibold text-white hover:bg-red-900 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-red-800 disabled:opacity-60"

export const studioSecondaryButtonClass =
  "inline-flex min-h-12 items-center justify-center rounded-lg border-2 border-red-800 bg-white px-5 text-base font-semibold text-red-900 hover:bg-red-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-red-800 disabled:opacity-60"

export const studioInputClass =
  "mt-1 min-h-12 w-full rounded-lg border border-stone-500 bg-white px-3 text-base text-stone-950 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-red-800 aria-invalid:border-red-800"

export function StudioPageTitle({ children }: { children: ReactNode }) {
  return <h1 className="text-2xl leading-snug font-bold text-stone-950">{children}</h1>
}

export function StudioCard({ children, className = "" }: { children: ReactNode; className?: string }) {
  return <section className={`rounded-xl border border-stone-200 bg-white p-4 shadow-sm ${className}`}>{children}</section>
}

/** A link styled as a big row: the whole row is the target. */
export function StudioRowLink({ to, children }: { to: string; children: ReactNode }) {
  return (
    <Link
      to={to}
      className="flex min-h-12 items-center justify-between gap-3 rounded-lg px-3 py-2 text-base text-stone-900 hover:bg-stone-100 focus-visible:outline-2 focus-visible:outline-red-800"
    >
      {children}
      <span aria-hidden="true" className="text-stone-500">
        ›
      </span>
    </Link>
  )
}

/** Loading said in words; offline, that it waits for the connection (TanStack Query pauses). */
export function StudioLoading({ label }: { label?: string }) {
  const { t } = useTranslation("studio")
  const online = useOnline()
  return (
    <p role="status" className="py-6 text-base text-stone-700">
      {online ? (label ?? t("app.loading")) : t("app.waitingForConnection")}
    </p>
  )
}

/** A failed request said in the coordinator's words, with a way to try again. */
export function StudioError({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation("studio")
  const kind = studioErrorKind(error)
  return (
    <div role="alert" className="rounded-xl border border-red-300 bg-red-50 p-4 text-base text-red-950">
      <p className="font-semibold">{t(`app.errors.${kind}`)}</p>
      {kind === "invalid" && error instanceof Error ? <p className="mt-1 text-sm">{error.message}</p> : null}
      {onRetry ? (
        <button type="button" onClick={onRetry} className={`${studioSecondaryButtonClass} mt-3`}>
          {t("app.tryAgain")}
        </button>
      ) : null}
    </div>
  )
}
