import type { ReactNode } from "react"
import { useTranslation } from "react-i18next"
import { Link } from "react-router"
import { Portrait } from "@/components/portrait"

type MakerCardProps = {
  name: string
  /** Only makers who consented to a public profile have a page to link to. */
  handle: string | null
  portraitUrl: string | null
  isLivingHumanTreasure: boolean | null
  lhtYear: number | null
  /** What the place showing the maker adds: a story, their crafts and group. */
  children?: ReactNode
}

/** A maker as a list item: portrait, name (a link to their page), Living Human Treasure badge. */
export function MakerCard({ name, handle, portraitUrl, isLivingHumanTreasure, lhtYear, children }: MakerCardProps) {
  const { t } = useTranslation()
  return (
    <li className="flex gap-4 rounded-lg border border-stone-200 bg-white p-4">
      <Portrait name={name} url={portraitUrl} alt={t("product.makers.portraitAlt", { name })} size="md" />
      <div className="min-w-0">
        <h3 className="font-semibold text-stone-950">
          {handle ? (
            <Link
              to={`/makers/${encodeURIComponent(handle)}`}
              className="text-red-900 underline underline-offset-4 hover:text-red-950"
            >
              {name}
            </Link>
          ) : (
            name
          )}
        </h3>
        {isLivingHumanTreasure ? (
          <p className="mt-1 inline-block rounded-full bg-amber-100 px-2 py-0.5 text-xs font-medium text-amber-950">
            {lhtYear ? t("product.makers.lhtSince", { year: lhtYear }) : t("product.makers.lht")}
          </p>
        ) : null}
        {children}
      </div>
    </li>
  )
}
