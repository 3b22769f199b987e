import { useEffect, useId, useState } from "react"
import { useTranslation } from "react-i18next"
import { newIdempotencyKey } from "@/features/studio/api/producer-client"
import { studioSecondaryButtonClass } from "@/features/studio/components/studio-ui"
import { useOnline } from "@/features/studio/components/use-online"
import type { DraftPhotoType, ListingDraftType } from "@/features/studio/listings/listing-draft"
import { compressPhoto } from "@/features/studio/listings/photos/compress-photo"
import type { DraftUpdateType } from "./use-listing-draft"
import type { PhotoUploadStateType } from "./use-photo-uploads"

/** The API takes at most 10 images per listing. */
const MAX_PHOTOS = 10

const pickerClass =
  "relative flex min-h-14 flex-1 cursor-pointer items-center justify-center rounded-lg bg-red-800 px-4 text-center text-base font-semibold text-white focus-within:outline-2 focus-within:outline-offset-2 focus-within:outline-red-800 hover:bg-red-900"

function PhotoPreview({ photo }: { photo: DraftPhotoType }) {
  const [src, setSrc] = useState(photo.url)
  useEffect(() => {
    if (photo.url || !photo.blob) {
      setSrc(photo.url)
      return
    }
    const objectUrl = URL.createObjectURL(photo.blob)
    setSrc(objectUrl)
    return () => URL.revokeObjectURL(objectUrl)
  }, [photo.url, photo.blob])
  return src ? <img src={src} alt="" className="size-24 shrink-0 rounded-lg bg-stone-100 object-cover" /> : null
}

function UploadState({ photo, upload, onRetry }: { photo: DraftPhotoType; upload: PhotoUploadStateType | undefined; onRetry: () => void }) {
  const { t } = useTranslation("studio")
  const online = useOnline()
  if (photo.url) return <p className="text-sm text-green-900">{t("listings.photos.uploaded")}</p>
  if (upload?.state === "uploading") {
    const percent = Math.round(upload.fraction * 100)
    return (
      <div>
        <p className="text-sm text-stone-800">{t("listings.photos.uploading", { percent })}</p>
        <progress className="h-2 w-full" max={100} value={percent} aria-label={t("listings.photos.uploading", { percent })} />
      </div>
    )
  }
  if (upload?.state === "retrying" || upload?.state === "failed") {
    return (
      <div>
        <p className="text-sm font-semibold text-red-900">
          {upload.state === "retrying"
            ? t("listings.photos.willRetry", { reason: upload.reason })
            : t("listings.photos.notUploaded", { reason: upload.reason })}
        </p>
        <button type="button" className={`${studioSecondaryButtonClass} mt-1 min-h-12 px-3`} onClick={onRetry}>
          {t("listings.photos.retry")}
        </button>
      </div>
    )
  }
  return <p className="text-sm text-amber-950">{online ? t("listings.photos.waiting") : t("listings.photos.onPhone")}</p>
}

/** Step 1: photos first, from the camera or the gallery, shrunk on the phone, in the order buyers see them. */
export function PhotosStep({
  draft,
  update,
  uploads,
  onRetry,
}: {
  draft: ListingDraftType
  update: DraftUpdateType
  uploads: Record<string, PhotoUploadStateType>
  onRetry: (id: string) => void
}) {
  const { t } = useTranslation("studio")
  const id = useId()
  const [preparing, setPreparing] = useState(0)
  const [problem, setProblem] = useState<string | null>(null)
  const room = MAX_PHOTOS - draft.photos.length - preparing

  const add = async (files: FileList | null) => {
    const chosen = [...(files ?? [])].slice(0, Math.max(0, room))
    if (!chosen.length) return
    setProblem(null)
    setPreparing((count) => count + chosen.length)
    for (const file of chosen) {
      try {
        const { blob, name } = await compressPhoto(file)
        const photo: DraftPhotoType = { id: newIdempotencyKey(), uploadKey: newIdempotencyKey(), name, blob, url: null }
        update((current) => ({ ...current, photos: [...current.photos, photo] }))
      } catch {
        setProblem(t("listings.photos.couldNotPrepare", { name: file.name }))
      } finally {
        setPreparing((count) => count - 1)
      }
    }
  }

  const move = (index: number, by: number) =>
    update((current) => {
      const photos = [...current.photos]
      const [photo] = photos.splice(index, 1)
      if (photo) photos.splice(index + by, 0, photo)
      return { ...current, photos }
    })

  return (
    <div className="space-y-4">
      <p className="text-base text-stone-800">{t("listings.photos.hint")}</p>
      {room > 0 ? (
        <div className="flex gap-2">
          <label className={pickerClass}>
            {t("listings.photos.camera")}
            <input
              type="file"
              accept="image/*"
              capture="environment"
              className="absolute inset-0 cursor-pointer opacity-0"
              onChange={(event) => {
                void add(event.target.files)
                event.target.value = ""
              }}
            />
          </label>
          <label className={pickerClass}>
            {t("listings.photos.gallery")}
            <input
              type="file"
              accept="image/*"
              multiple
              className="absolute inset-0 cursor-pointer opacity-0"
              data-testid="gallery-input"
              onChange={(event) => {
                void add(event.target.files)
                event.target.value = ""
              }}
            />
          </label>
        </div>
      ) : (
        <p className="text-base text-stone-800">{t("listings.photos.full", { count: MAX_PHOTOS })}</p>
      )}
      {preparing > 0 ? (
        <p role="status" className="text-base text-stone-800">
          {t("listings.photos.preparing", { count: preparing })}
        </p>
      ) : null}
      {problem ? (
        <p role="alert" className="text-base font-semibold text-red-900">
          {problem}
        </p>
      ) : null}
      <ol className="space-y-3" aria-describedby={draft.photos.length > 1 ? `${id}-order` : undefined}>
        {draft.photos.map((photo, index) => (
          <li key={photo.id} className="rounded-xl border border-stone-200 bg-white p-3" data-testid="draft-photo">
            <div className="flex gap-3">
              <PhotoPreview photo={photo} />
              <div className="min-w-0 flex-1">
                <p className="font-semibold text-stone-950">
                  {index === 0 ? t("listings.photos.main") : t("listings.photos.number", { number: index + 1 })}
                </p>
                <UploadState photo={photo} upload={uploads[photo.id]} onRetry={() => onRetry(photo.id)} />
              </div>
            </div>
            <div className="mt-2 flex flex-wrap gap-2">
              <button
                type="button"
                className={`${studioSecondaryButtonClass} px-3`}
                disabled={index === 0}
                aria-label={t("listings.photos.earlierLabel", { number: index + 1 })}
                onClick={() => move(index, -1)}
              >
                {t("listings.photos.earlier")}
              </button>
              <button
                type="button"
                className={`${studioSecondaryButtonClass} px-3`}
                disabled={index === draft.photos.length - 1}
                aria-label={t("listings.photos.laterLabel", { number: index + 1 })}
                onClick={() => move(index, 1)}
              >
                {t("listings.photos.later")}
              </button>
              <button
                type="button"
                className="min-h-12 px-3 text-base font-semibold text-red-900 underline underline-offset-4"
                aria-label={t("listings.photos.removeLabel", { number: index + 1 })}
                onClick={() => update((current) => ({ ...current, photos: current.photos.filter((candidate) => candidate.id !== photo.id) }))}
              >
                {t("listings.photos.remove")}
              </button>
            </div>
          </li>
        ))}
      </ol>
      {draft.photos.length > 1 ? (
        <p id={`${id}-order`} className="text-sm text-stone-700">
          {t("listings.photos.orderHint")}
        </p>
      ) : null}
    </div>
  )
}
