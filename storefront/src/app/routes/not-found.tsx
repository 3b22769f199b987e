import { useTranslation } from "react-i18next"
import { Link } from "react-router"

export function NotFoundRoute() {
  const { t } = useTranslation()
  return (
    <div className="mx-auto max-w-6xl px-4 py-12">
      <h1 className="text-2xl font-bold">{t("notFound.title")}</h1>
      <p className="mt-2 text-stone-700">{t("notFound.body")}</p>
      <Link
        to="/"
        className="mt-4 inline-block font-medium text-red-900 underline underline-offset-4 hover:text-red-950"
      >
        {t("notFound.back")}
      </Link>
    </div>
  )
}
