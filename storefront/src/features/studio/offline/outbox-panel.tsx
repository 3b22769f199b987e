import { useTranslation } from "react-i18next"
import { Link } from "react-router"
import { StudioCard, studioSecondaryButtonClass } from "@/features/studio/components/studio-ui"
import { useOnline } from "@/features/studio/components/use-online"
import { discardOutboxEntry, retryOutboxEntry, useOutbox } from "@/features/studio/offline/outbox"
import type { OutboxProgressType } from "@/features/studio/offline/outbox-sender"
import type { OutboxEntryType } from "@/features/studio/offline/outbox-store"

function EntryState({ entry, progress, online }: { entry: OutboxEntryType; progress: OutboxProgressType | undefined; online: boolean }) {
  const { t } = useTranslation("studio")
  if (entry.state === "failed") {
    return <p className="text-base font-semibold text-red-900">{t("offline.notSent", { reason: entry.failure ?? "" })}</p>
  }
  if (progress?.phase === "photos") {
    return (
      <p className="text-base text-stone-800">
        {t("offline.sendingPhotos", { current: progress.done + 1, total: progress.total })}{" "}
        <span className="text-stone-600">{t("offline.percent", { percent: Math.round(progress.fraction * 100) })}</span>
      </p>
    )
  }
  if (progress?.phase === "listing") return <p className="text-base text-stone-800">{t("offline.sendingListing")}</p>
  if (!online) return <p className="text-base text-amber-950">{t("offline.savedOnPhone")}</p>
  return <p className="text-base text-stone-800">{entry.attempts ? t("offline.willRetry") : t("offline.waiting")}</p>
}

/**
 * What the phone still has to send, in words: kept for when the connection returns, sending
 * (photo by photo), sent, or not sent with the server's reason and a way to fix it.
 */
export function OutboxPanel() {
  const { t } = useTranslation("studio")
  const outbox = useOutbox()
  const online = useOnline()
  if (!outbox.entries.length && !outbox.sent.length && !outbox.storageError) return null
  return (
    <StudioCard className="border-amber-300">
      <h2 className="text-lg font-semibold text-stone-950">{t("offline.title")}</h2>
      {outbox.storageError ? (
        <p role="alert" className="mt-2 text-base text-red-900">
          {t("offline.storageError", { reason: outbox.storageError })}
        </p>
      ) : null}
      <ul className="mt-2 space-y-3" aria-live="polite">
        {outbox.entries.map((entry) => (
          <li key={entry.id} className="rounded-lg bg-stone-50 p-3" data-testid="outbox-entry">
            <p className="font-semibold text-stone-950">
              {entry.kind === "create" ? t("offline.newListing", { title: entry.title }) : t("offline.change", { title: entry.title })}
            </p>
            <EntryState entry={entry} progress={outbox.progress[entry.id]} online={online} />
            {entry.state === "failed" || (online && entry.attempts > 0 && !outbox.progress[entry.id]) ? (
              <div className="mt-2 flex flex-wrap gap-2">
                {entry.state === "failed" && entry.draftKey ? (
                  <Link
                    to={`/studio/listings/${entry.productId ?? "new"}?fix=${encodeURIComponent(entry.id)}`}
                    className={studioSecondaryButtonClass}
                  >
                    {t("offline.fix")}
                  </Link>
                ) : null}
                <button type="button" className={studioSecondaryButtonClass} onClick={() => void retryOutboxEntry(entry.id)}>
                  {t("offline.tryAgain")}
                </button>
                {entry.state === "failed" ? (
                  <button
                    type="button"
                    className="min-h-12 px-3 text-base font-semibold text-red-900 underline underline-offset-4"
                    onClick={() => {
                      if (window.confirm(t("offline.discardConfirm", { title: entry.title }))) void discardOutboxEntry(entry.id)
                    }}
                  >
                    {t("offline.discard")}
                  </button>
                ) : null}
              </div>
            ) : null}
          </li>
        ))}
        {outbox.sent.map((sent) => (
          <li key={sent.entryId} className="rounded-lg bg-green-50 p-3 text-base text-green-950">
            <span className="font-semibold">{sent.title}</span> · <span>{t("offline.sent")}</span>
          </li>
        ))}
      </ul>
    </StudioCard>
  )
}
