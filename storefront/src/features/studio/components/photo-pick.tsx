import { useId, type ReactNode } from "react"
import { useTranslation } from "react-i18next"
import type { PhotoUploadStatusType } from "@/features/studio/components/use-photo-upload"
import { studioSecondaryButtonClass } from "@/features/studio/components/studio-ui"

/** The image types `POST /producer/uploads` takes; the phone's photo is turned into a JPEG first. */
const ACCEPTED = "image/jpeg,image/png,image/webp,image/*"

/**
 * A button that opens the phone's camera or gallery. A real file input, visually hidden inside
 * its label, so a screen reader announces it and a tap anywhere on the label opens it.
 */
export function PhotoPickButton({
  children,
  multiple = false,
  disabled = false,
  onPick,
  className = "",
}: {
  children: ReactNode
  multiple?: boolean
  disabled?: boolean
  onPick: (files: File[]) => void
  className?: string
}) {
  const id = useId()
  return (
    <label
      htmlFor={id}
      className={`${studioSecondaryButtonClass} cursor-pointer has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-red-800 ${
        disabled ? "pointer-events-none opacity-60" : ""
      } ${className}`}
    >
      {children}
      <input
        id={id}
        type="file"
        accept={ACCEPTED}
        multiple={multiple}
        disabled={disabled}
        className="sr-only"
        onChange={(event) => {
          const files = Array.from(event.target.files ?? [])
          // The same photo picked again after a failure must fire a change too.
          event.target.value = ""
          onPick(files)
        }}
      />
    </label>
  )
}

/** Shrinking, uploading (with how far), or failed with what to do: said in words. */
export function PhotoUploadStatus({
  status,
  onRetry,
  onCancel,
}: {
  status: PhotoUploadStatusType
  onRetry: () => void
  onCancel: () => void
}) {
  const { t } = useTranslation("studio")
  if (status.state === "idle") return null
  const which = status.total > 1 ? t("makers.upload.which", { index: status.index, total: status.total }) : ""
  if (status.state === "failed") {
    return (
      <div role="alert" className="mt-2 rounded-xl border border-red-300 bg-red-50 p-3 text-base text-red-950">
        <p className="font-semibold">
          {which}
          {t(`makers.upload.failed.${status.reason}`)}
        </p>
        {status.reason === "refused" ? <p className="mt-1 text-sm">{status.message}</p> : null}
        <div className="mt-2 flex flex-wrap gap-2">
          {status.reason !== "tooLarge" ? (
            <button type="button" onClick={onRetry} className={studioSecondaryButtonClass}>
              {t("makers.upload.tryAgain")}
            </button>
          ) : null}
          <button type="button" onClick={onCancel} className={studioSecondaryButtonClass}>
            {t("makers.upload.giveUp")}
          </button>
        </div>
      </div>
    )
  }
  return (
    <p role="status" className="mt-2 rounded-xl bg-stone-100 p-3 text-base font-semibold text-stone-900">
      {which}
      {status.state === "shrinking"
        ? t("makers.upload.shrinking")
        : t("makers.upload.uploading", { percent: Math.round(status.fraction * 100) })}
    </p>
  )
}
