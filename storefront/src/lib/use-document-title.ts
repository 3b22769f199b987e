import { useEffect } from "react"
import { useTranslation } from "react-i18next"

/**
 * Names the browser tab after the page ("Naga-scale hol silk scarf · Sipakam"), so screen-reader
 * users and anyone with many tabs know where they are; the site's own title comes back after.
 */
export function useDocumentTitle(pageTitle: string | null | undefined): void {
  const { t, i18n } = useTranslation()
  useEffect(() => {
    if (!pageTitle) return
    document.title = `${pageTitle} · ${t("app.name")}`
    return () => {
      document.title = t("app.documentTitle")
    }
    // The language is a dependency: switching it resets the title (see i18n.ts), set it again.
  }, [pageTitle, t, i18n.language])
}
