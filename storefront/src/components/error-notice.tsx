import { useTranslation } from "react-i18next"

type ErrorNoticeProps = {
  /** What failed, in the shopper's words. */
  title: string
  error: Error | null
  onRetry: () => void
  isRetrying: boolean
}

/** A failed request, said plainly, with a way to try again. */
export function ErrorNotice({ title, error, onRetry, isRetrying }: ErrorNoticeProps) {
  const { t } = useTranslation()
  return (
    <div
      role="alert"
      className="rounded-lg border border-red-300 bg-red-50 p-4 text-red-950"
    >
      <p className="font-semibold">{title}</p>
      <p className="mt-1 text-sm">{t("errors.hint")}</p>
      {error?.message ? (
        <p className="mt-1 text-sm break-words text-red-900">
          {t("errors.details", { message: error.message })}
        </p>
      ) : null}
      <button
        type="button"
        onClick={() => {
          if (!isRetrying) onRetry()
        }}
        aria-disabled={isRetrying}
        className="mt-3 inline-flex min-h-11 items-center rounded-md bg-red-800 px-4 font-medium text-white hover:bg-red-900 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-red-800 aria-disabled:opacity-70"
      >
        {t("errors.retry")}
      </button>
    </div>
  )
}
