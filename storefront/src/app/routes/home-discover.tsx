import type { ReactNode } from "react"
import { useTranslation } from "react-i18next"
import { Link } from "react-router"
import { BrowseLinks } from "@/features/catalogue/components/browse-links"
import { useImpact } from "@/features/impact/api/get-impact"
import { ImpactReach } from "@/features/impact/components/impact-reach"
import { FeaturedMakers } from "@/features/makers/components/featured-makers"
import { ProducerGroupList } from "@/features/producers/components/producer-group-list"

const MAKERS_HEADING_ID = "home-makers-heading"
const CRAFTS_HEADING_ID = "home-crafts-heading"
const PROVINCES_HEADING_ID = "home-provinces-heading"
const GROUPS_HEADING_ID = "home-groups-heading"

type HomeSectionProps = { headingId: string; heading: string; children: ReactNode }

function HomeSection({ headingId, heading, children }: HomeSectionProps) {
  return (
    <section aria-labelledby={headingId} className="mx-auto max-w-6xl px-4 pb-8">
      <h2 id={headingId} className="mb-4 text-xl font-semibold text-stone-950 sm:text-2xl">
        {heading}
      </h2>
      {children}
    </section>
  )
}

/** The platform's reach in figures; only the link to the impact page when they cannot be loaded. */
function HomeImpact() {
  const { t } = useTranslation()
  const impact = useImpact()
  return (
    <>
      {impact.data ? <ImpactReach impact={impact.data} /> : null}
      <p className="mt-4 max-w-3xl text-stone-800">
        {t("home.impactBody")}{" "}
        <Link to="/impact" className="font-medium text-red-900 underline underline-offset-4 hover:text-red-950">
          {t("home.impactLink")}
        </Link>
      </p>
    </>
  )
}

/**
 * The home page below its first screen: the makers (Living Human Treasures first), crafts and
 * provinces to browse by, the producer groups and the platform's impact. A chunk of its own, so
 * the first screen (the new arrivals) paints without waiting for it or for the vocabulary.
 */
export function HomeDiscover() {
  const { t } = useTranslation()
  return (
    <>
      <HomeSection headingId={MAKERS_HEADING_ID} heading={t("home.makersHeading")}>
        <p className="mb-4 max-w-3xl text-stone-800">{t("home.makersIntro")}</p>
        <FeaturedMakers limit={8} labelledBy={MAKERS_HEADING_ID} />
      </HomeSection>
      <HomeSection headingId={CRAFTS_HEADING_ID} heading={t("home.craftsHeading")}>
        <BrowseLinks facet="craft" labelledBy={CRAFTS_HEADING_ID} />
      </HomeSection>
      <HomeSection headingId={PROVINCES_HEADING_ID} heading={t("home.provincesHeading")}>
        <BrowseLinks facet="province" labelledBy={PROVINCES_HEADING_ID} />
      </HomeSection>
      <HomeSection headingId={GROUPS_HEADING_ID} heading={t("home.groupsHeading")}>
        <ProducerGroupList limit={6} labelledBy={GROUPS_HEADING_ID} />
      </HomeSection>
      <HomeSection headingId="home-impact-heading" heading={t("home.impactHeading")}>
        <HomeImpact />
      </HomeSection>
    </>
  )
}
