import { CRAFTS, labelOf } from "@sipakam/shared"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { Link } from "react-router"
import { MAKERS_PAGE_SIZE, makerNames, useStudioMakers, type StudioMakerType } from "@/features/studio/api/makers"
import { formatStudioDate } from "@/features/studio/components/studio-dates"
import {
  StudioCard,
  StudioError,
  StudioLoading,
  StudioPageTitle,
  studioButtonClass,
  studioSecondaryButtonClass,
} from "@/features/studio/components/studio-ui"
import { Portrait } from "@/components/portrait"
import { currentLanguage } from "@/lib/i18n"

function Badge({ tone, children }: { tone: "public" | "private" | "treasure" | "retired"; children: string }) {
  const tones = {
    public: "bg-emerald-100 text-emerald-950",
    private: "bg-stone-200 text-stone-900",
    treasure: "bg-amber-100 text-amber-950",
    retired: "bg-stone-700 text-white",
  }
  return <span className={`inline-block rounded-md px-2 py-0.5 text-sm font-semibold ${tones[tone]}`}>{children}</span>
}

function MakerRow({ maker }: { maker: StudioMakerType }) {
  const { t, i18n } = useTranslation("studio")
  const language = currentLanguage(i18n.language)
  const names = makerNames(maker, language === "km")
  return (
    <li>
      <Link
        to={`/studio/makers/${maker.id}`}
        className="flex items-center gap-3 rounded-xl border border-stone-200 bg-white p-3 shadow-sm hover:bg-stone-50 focus-visible:outline-2 focus-visible:outline-red-800"
      >
        <Portrait name={names.main} url={maker.portrait_url} alt="" size="md" />
        <span className="min-w-0 flex-1">
          <span className="block text-lg font-semibold text-stone-950">{names.main}</span>
          {names.other ? <span className="block text-sm text-stone-700">{names.other}</span> : null}
          <span className="block text-sm text-stone-800">
            {maker.crafts.map((code) => labelOf(CRAFTS, code, language) ?? code).join(" · ")}
          </span>
          <span className="mt-1 flex flex-wrap gap-1">
            {maker.public_profile_consent ? (
              <Badge tone="public">{t("makers.list.public")}</Badge>
            ) : (
              <Badge tone="private">{t("makers.list.notPublic")}</Badge>
            )}
            {maker.is_living_human_treasure ? (
              <Badge tone="treasure">{t("makers.list.treasure", { year: maker.lht_year ?? "" })}</Badge>
            ) : null}
            {maker.retired_at ? (
              <Badge tone="retired">{t("makers.list.retired", { date: formatStudioDate(maker.retired_at, i18n.language) })}</Badge>
            ) : null}
          </span>
        </span>
        <span aria-hidden="true" className="text-stone-500">
          ›
        </span>
      </Link>
    </li>
  )
}

function MakersChunk({ offset, isLast, onMore }: { offset: number; isLast: boolean; onMore: () => void }) {
  const { t } = useTranslation("studio")
  const makers = useStudioMakers({ offset })
  if (makers.isPending) return <StudioLoading />
  if (makers.isError && !makers.data) return <StudioError error={makers.error} onRetry={() => void makers.refetch()} />
  if (!makers.data) return null
  const { makers: list, count } = makers.data
  // Working makers first; retired ones after them, still listed for the record.
  const ordered = [...list.filter((maker) => !maker.retired_at), ...list.filter((maker) => maker.retired_at)]
  return (
    <>
      {offset === 0 && !list.length ? (
        <StudioCard>
          <p className="text-base text-stone-800">{t("makers.list.none")}</p>
        </StudioCard>
      ) : null}
      <ul className="space-y-3">
        {ordered.map((maker) => (
          <MakerRow key={maker.id} maker={maker} />
        ))}
      </ul>
      {isLast && offset + list.length < count ? (
        <button type="button" onClick={onMore} className={`${studioSecondaryButtonClass} w-full py-2 text-center`}>
          {t("makers.list.more")}
        </button>
      ) : null}
    </>
  )
}

/** The group's makers: who they are, whether their profile is public, who has retired. */
export function MakersPage() {
  const { t } = useTranslation("studio")
  const [pages, setPages] = useState(1)
  return (
    <div className="space-y-4">
      <StudioPageTitle>{t("makers.list.title")}</StudioPageTitle>
      <p className="text-base text-stone-800">{t("makers.list.intro")}</p>
      <Link to="/studio/makers/new" className={`${studioButtonClass} w-full py-2 text-center`}>
        {t("makers.list.add")}
      </Link>
      {Array.from({ length: pages }, (_, page) => (
        <MakersChunk
          key={page}
          offset={page * MAKERS_PAGE_SIZE}
          isLast={page === pages - 1}
          onMore={() => setPages(pages + 1)}
        />
      ))}
    </div>
  )
}
