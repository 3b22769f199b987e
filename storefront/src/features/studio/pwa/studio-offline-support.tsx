import type { ReactNode } from "react"
import { useTranslation } from "react-i18next"
import { studioSecondaryButtonClass } from "@/features/studio/components/studio-ui"
import { StudioPersistProvider } from "@/features/studio/pwa/studio-persist-provider"
import { useStudioManifest, useStudioServiceWorker } from "@/features/studio/pwa/studio-service-worker"

/** A new version is waiting: said in words, and the coordinator chooses when to reload. */
function StudioUpdateNotice({ onReload }: { onReload: () => void }) {
  const { t } = useTranslation("studio")
  return (
    <div role="status" className="bg-amber-100 text-amber-950">
      <div className="mx-auto flex max-w-2xl flex-wrap items-center justify-between gap-2 px-4 py-2">
        <p className="text-base">{t("pwa.updateReady")}</p>
        <button type="button" onClick={onReload} className={studioSecondaryButtonClass}>
          {t("pwa.reload")}
        </button>
      </div>
    </div>
  )
}

/**
 * What makes the studio an app that opens without a connection: its manifest named on the page,
 * its service worker registered (and a new version offered), and its queries kept on the phone.
 */
export function StudioOfflineSupport({ children }: { children: ReactNode }) {
  useStudioManifest()
  const { updateReady, reload } = useStudioServiceWorker()
  return (
    <StudioPersistProvider>
      {updateReady ? <StudioUpdateNotice onReload={reload} /> : null}
      {children}
    </StudioPersistProvider>
  )
}
