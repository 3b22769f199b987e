import { CRAFTS, labelOf } from "@sipakam/shared"
import { useDeferredValue } from "react"
import { useTranslation } from "react-i18next"
import { MakerCard } from "@/components/maker-card"
import { useMakers } from "@/features/makers/api/list-makers"
import { currentLanguage } from "@/lib/i18n"

/**
 * Makers with a public profile, Living Human Treasures first, each leading to their story;
 * nothing when there are none or they cannot be loaded (the page has more to offer).
 */
export function FeaturedMakers({ limit, labelledBy }: { limit: number; labelledBy: string }) {
  const { t, i18n } = useTranslation()
  const language = currentLanguage(i18n.resolvedLanguage)
  const makers = useMakers(limit)
  // The cards render as a transition, a few milliseconds at a time (see ProductGrid); the
  // loading line stays until they are ready.
  const shown = useDeferredValue(makers.data)
  const isLoading = makers.isPending || shown !== makers.data
  if (!shown?.length) {
    return isLoading ? (
      <p role="status" className="text-stone-700">
        {t("home.makersLoading")}
      </p>
    ) : null
  }
  return (
    <ul aria-labelledby={labelledBy} className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4" data-testid="home-makers">
      {shown.map((maker) => {
        const crafts = (maker.crafts ?? []).map((craft) => labelOf(CRAFTS, craft, language) ?? craft)
        return (
          <MakerCard
            key={maker.id}
            name={maker.display_name}
            handle={maker.handle}
            portraitUrl={maker.portrait_url}
            isLivingHumanTreasure={maker.is_living_human_treasure}
            lhtYear={maker.lht_year}
          >
            <p className="mt-1 text-sm text-stone-800">
              {crafts.length ? `${crafts.join(", ")} · ` : ""}
              {maker.group.name}
            </p>
          </MakerCard>
        )
      })}
    </ul>
  )
}
