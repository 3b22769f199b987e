import { Suspense, useEffect, useState } from "react"
import { useTranslation } from "react-i18next"
import { Navigate, Route, Routes, useLocation } from "react-router"
import { StudioJoinPage } from "@/features/studio/access/join-page"
import { StudioLoginPage } from "@/features/studio/access/login-page"
import { useProducerMe } from "@/features/studio/api/session"
import { StudioMeProvider } from "@/features/studio/components/studio-me"
import { StudioShell } from "@/features/studio/components/studio-shell"
import { StudioError, StudioLoading } from "@/features/studio/components/studio-ui"
import { MorePage } from "@/features/studio/more/more-page"
import { startOutbox, stopOutbox } from "@/features/studio/offline/outbox"
import { StudioOfflineSupport } from "@/features/studio/pwa/studio-offline-support"
import { startStudioLanguage } from "@/features/studio/studio-i18n"
import { STUDIO_PAGES } from "@/features/studio/studio-pages"
import { TodayPage } from "@/features/studio/today/today-page"

/** The logged-in studio: no login on this phone sends the coordinator to the login page. */
function LoggedInStudio() {
  const me = useProducerMe()
  const location = useLocation()
  const memberId = me.data?.member.id
  useEffect(() => {
    // What the member left in the offline outbox is sent as soon as the studio opens, on any page.
    if (!memberId) return
    startOutbox(memberId)
    return stopOutbox
  }, [memberId])
  if (me.isPending) return <StudioLoading />
  // Kept data (restored on an offline start) stays on screen when a refresh fails.
  if (me.isError && !me.data) {
    return (
      <main className="mx-auto max-w-md px-4 py-6">
        <StudioError error={me.error} onRetry={() => void me.refetch()} />
      </main>
    )
  }
  if (!me.data) {
    const next = `${location.pathname}${location.search}`
    return <Navigate to={`/studio/login?next=${encodeURIComponent(next)}`} replace />
  }
  return (
    <StudioMeProvider me={me.data}>
      <StudioShell />
    </StudioMeProvider>
  )
}

function StudioRoutes() {
  return (
    <Suspense fallback={<StudioLoading />}>
      <Routes>
        <Route path="login" element={<StudioLoginPage />} />
        <Route path="join" element={<StudioJoinPage />} />
        <Route element={<LoggedInStudio />}>
          <Route index element={<TodayPage />} />
          <Route path="more" element={<MorePage />} />
          {STUDIO_PAGES.map(({ path, Page }) => (
            <Route key={path} path={path} element={<Page />} />
          ))}
          <Route path="*" element={<Navigate to="/studio" replace />} />
        </Route>
      </Routes>
    </Suspense>
  )
}

/** The producer studio at /studio: it opens in Khmer (or the coordinator's last choice). */
export function StudioApp() {
  const { t } = useTranslation()
  const [ready, setReady] = useState(false)
  useEffect(() => {
    let live = true
    void startStudioLanguage()
      .catch((error: unknown) => console.error("Could not load the studio's messages", error))
      .finally(() => live && setReady(true))
    return () => {
      live = false
    }
  }, [])
  if (!ready) {
    return (
      <p role="status" className="px-4 py-12 text-stone-700">
        {t("app.loadingPage")}
      </p>
    )
  }
  return (
    <StudioOfflineSupport>
      <StudioRoutes />
    </StudioOfflineSupport>
  )
}
