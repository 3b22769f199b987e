import { useTranslation } from "react-i18next"
import { ImpactPage } from "@/features/impact/components/impact-page"
import { useDocumentTitle } from "@/lib/use-document-title"

export function ImpactRoute() {
  const { t } = useTranslation()
  useDocumentTitle(t("impact.title"))
  return (
    <div className="mx-auto max-w-6xl px-4 py-6 sm:py-8">
      <h1 className="text-2xl font-bold text-stone-950 sm:text-3xl">{t("impact.title")}</h1>
      <p className="mt-2 max-w-3xl text-stone-800">{t("impact.intro")}</p>
      <ImpactPage />
    </div>
  )
}
