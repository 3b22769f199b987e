import { useTranslation } from "react-i18next"
import { Link } from "react-router"
import { LanguageSwitcher } from "@/components/language-switcher"

export function SiteHeader() {
  const { t } = useTranslation()
  return (
    <header className="bg-red-950 text-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3">
        <Link
          to="/"
          className="flex items-center gap-3 rounded-md focus-visible:outline-2 focus-visible:outline-offset-4 focus-visible:outline-white"
        >
          <svg aria-hidden="true" viewBox="0 0 32 32" className="size-9 shrink-0">
            <rect width="32" height="32" rx="6" fill="#f5c542" />
            <path
              d="M6 10h20M6 16h20M6 22h20"
              stroke="#7f1d1d"
              strokeWidth="3"
              strokeDasharray="4 3"
            />
          </svg>
          <span className="flex flex-col leading-tight">
            <span className="text-xl font-bold tracking-wide">{t("app.name")}</span>
            <span lang="km" className="text-sm text-amber-100">
              {t("app.nameKhmer")}
            </span>
          </span>
        </Link>
        <LanguageSwitcher />
      </div>
    </header>
  )
}
