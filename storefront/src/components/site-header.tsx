import { useId, useState, type FormEvent } from "react"
import { useTranslation } from "react-i18next"
import { Link, NavLink, useLocation, useNavigate } from "react-router"
import { CartLink } from "@/components/cart-link"
import { LanguageSwitcher } from "@/components/language-switcher"

const SHOP_PATH = "/shop"

const navLinkClass =
  "inline-flex min-h-11 items-center rounded-md px-3 font-semibold text-white underline-offset-4 hover:underline focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-white aria-[current=page]:underline"

/** Searches the shop from any page; on the shop itself its own search box does it, as you type. */
function HeaderSearch() {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const id = useId()
  const [query, setQuery] = useState("")

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const q = query.trim()
    void navigate(q ? `${SHOP_PATH}?${new URLSearchParams({ q })}` : SHOP_PATH)
    setQuery("")
  }

  return (
    <form role="search" onSubmit={onSubmit} className="order-last flex w-full min-w-0 sm:order-none sm:w-auto sm:max-w-sm sm:flex-1">
      <label htmlFor={id} className="sr-only">
        {t("nav.searchLabel")}
      </label>
      <input
        id={id}
        type="search"
        name="q"
        value={query}
        onChange={(event) => setQuery(event.target.value)}
        placeholder={t("nav.searchPlaceholder")}
        enterKeyHint="search"
        className="min-h-11 min-w-0 flex-1 rounded-l-md border border-white/40 bg-white px-3 text-base text-stone-900 placeholder:text-stone-600 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-white"
      />
      <button
        type="submit"
        className="min-h-11 rounded-r-md bg-amber-300 px-3 text-sm font-semibold text-stone-950 hover:bg-amber-200 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-white"
      >
        {t("nav.searchSubmit")}
      </button>
    </form>
  )
}

export function SiteHeader() {
  const { t } = useTranslation()
  const { pathname } = useLocation()
  return (
    <header className="bg-red-950 text-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-4 gap-y-3 px-4 py-3">
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
            <span lang="km" className="font-header-khmer text-sm text-amber-100">
              {t("app.nameKhmer")}
            </span>
          </span>
        </Link>
        <nav aria-label={t("nav.main")} className="flex flex-wrap items-center">
          <NavLink to={SHOP_PATH} className={navLinkClass}>
            {t("nav.shop")}
          </NavLink>
          <NavLink to="/impact" className={navLinkClass}>
            {t("nav.impact")}
          </NavLink>
          <NavLink to="/account" className={navLinkClass}>
            {t("nav.account")}
          </NavLink>
          <CartLink />
        </nav>
        {pathname === SHOP_PATH ? <div className="flex-1" /> : <HeaderSearch />}
        <LanguageSwitcher />
      </div>
    </header>
  )
}
