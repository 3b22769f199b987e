import { useParams } from "react-router"
import { RegionGate } from "@/app/routes/region-gate"
import { MakerPage } from "@/features/makers/components/maker-page"

export function MakerRoute() {
  const { handle = "" } = useParams()
  return (
    <div className="mx-auto max-w-6xl px-4 py-6 sm:py-8">
      <RegionGate>{(region) => <MakerPage key={handle} handle={handle} currencyCode={region.currency_code} />}</RegionGate>
    </div>
  )
}
