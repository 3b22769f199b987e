import { useTranslation } from "react-i18next"

export function SiteFooter() {
  const { t } = useTranslation()
  return (
    <footer className="border-t border-stone-300 bg-stone-100">
      <p className="mx-auto max-w-6xl px-4 py-6 text-sm text-stone-700">{t("app.footer")}</p>
    </footer>
  )
}
