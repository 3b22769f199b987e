import type { ReactNode } from "react"
import { useTranslation } from "react-i18next"
import { NavLink, Outlet } from "react-router"
import type { ProducerMeType } from "@/features/studio/api/session"
import { StudioDataAsOf } from "@/features/studio/components/studio-data-as-of"
import { useStudioMe } from "@/features/studio/components/studio-me"
import { LanguageToggle } from "@/features/studio/components/language-toggle"
import { useOnline } from "@/features/studio/components/use-online"

const NAV = [
  { to: "/studio", end: true, label: "app.nav.today" },
  { to: "/studio/listings", end: false, label: "app.nav.listings" },
  { to: "/studio/orders", end: false, label: "app.nav.orders" },
  { to: "/studio/more", end: false, label: "app.nav.more" },
] as const

/** The bar every studio page starts with: who is logged in, and the language. */
export function StudioTopBar({ title, children }: { title: string; children?: ReactNode }) {
  const { t } = useTranslation("studio")
  return (
    <header className="sticky top-0 z-10 bg-red-950 text-white">
      <div className="mx-auto flex max-w-2xl items-center justify-between gap-2 px-4 py-2">
        <div className="min-w-0">
          <p className="text-sm text-amber-100">{t("app.name")}</p>
          <p className="truncate text-base font-semibold">{title}</p>
        </div>
        <div className="flex shrink-0 items-center gap-2">
          {children}
          <LanguageToggle />
        </div>
      </div>
    </header>
  )
}

/** Offline, said in words at the top of every page, with what happens to what is saved. */
function OfflineNotice() {
  const { t } = useTranslation("studio")
  const online = useOnline()
  if (online) return null
  return (
    <p role="status" className="bg-amber-100 px-4 py-2 text-base text-amber-950">
      {t("app.offline")}
    </p>
  )
}

function GroupStatusNotice({ me }: { me: ProducerMeType }) {
  const { t } = useTranslation("studio")
  const { status, account } = me.group
  if (status === "active") return null
  return (
    <div role="status" className="mx-auto mt-3 max-w-2xl px-4">
      <p className="rounded-xl border border-amber-300 bg-amber-50 p-3 text-base text-amber-950">
        {t(status === "suspended" ? "app.groupSuspended" : "app.groupPending")}
        {account?.status_reason ? <span className="mt-1 block text-sm">{account.status_reason}</span> : null}
      </p>
    </div>
  )
}

/** The logged-in studio: a top bar, the page, and the four places a coordinator goes, at the bottom. */
export function StudioShell() {
  const me = useStudioMe()
  const { t } = useTranslation("studio")
  return (
    <div className="flex min-h-dvh flex-col bg-stone-50 text-stone-900">
      <a
        href="#studio-main"
        className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-20 focus:rounded-md focus:bg-white focus:px-4 focus:py-2"
      >
        {t("app.skipToContent")}
      </a>
      <StudioTopBar title={me.group.name} />
      <OfflineNotice />
      <StudioDataAsOf />
      <GroupStatusNotice me={me} />
      <main id="studio-main" tabIndex={-1} className="mx-auto w-full max-w-2xl flex-1 px-4 pt-4 pb-28 focus:outline-none">
        <Outlet />
      </main>
      <nav aria-label={t("app.nav.label")} className="fixed inset-x-0 bottom-0 z-10 border-t border-stone-200 bg-white">
        <ul className="mx-auto grid max-w-2xl grid-cols-4">
          {NAV.map((item) => (
            <li key={item.to}>
              <NavLink
                to={item.to}
                end={item.end}
                className={({ isActive }) =>
                  `flex min-h-14 items-center justify-center px-1 text-center text-base leading-tight font-semibold focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-red-800 ${
                    isActive ? "bg-red-50 text-red-900" : "text-stone-700"
                  }`
                }
              >
                {t(item.label)}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
    </div>
  )
}
