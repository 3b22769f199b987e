import { useEffect } from "react"
import { useTranslation } from "react-i18next"
import { Outlet, useLocation } from "react-router"
import { RouteErrorBoundary } from "@/app/routes/route-error"
import { SiteFooter } from "@/components/site-footer"
import { SiteHeader } from "@/components/site-header"
import { changeLanguage, LANGUAGE_PARAM, languageOfParam } from "@/lib/i18n"

/**
 * `?lang=km` in a link followed inside the app switches the language too (i18n.ts reads it on
 * the first load), and is remembered like a choice made in the switcher.
 */
function useLanguageFromUrl() {
  const { i18n } = useTranslation()
  const { search } = useLocation()
  useEffect(() => {
    const requested = languageOfParam(new URLSearchParams(search).get(LANGUAGE_PARAM))
    if (requested && requested !== i18n.resolvedLanguage) {
      void changeLanguage(requested)
    }
  }, [search, i18n])
}

export function RootLayout() {
  const { t } = useTranslation()
  const { pathname } = useLocation()
  useLanguageFromUrl()
  return (
    <div className="flex min-h-dvh flex-col bg-stone-50 text-stone-900">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-10 focus:rounded-md focus:bg-white focus:px-4 focus:py-2 focus:text-stone-900 focus:shadow"
      >
        {t("app.skipToContent")}
      </a>
      <SiteHeader />
      {/* At least a screen tall, so the footer starts below the fold and is not pushed down
          (a layout shift) when a page's content arrives. */}
      <main id="main" tabIndex={-1} className="min-h-dvh flex-1 focus:outline-none">
        <RouteErrorBoundary key={pathname}>
          <Outlet />
        </RouteErrorBoundary>
      </main>
      <SiteFooter />
    </div>
  )
}
