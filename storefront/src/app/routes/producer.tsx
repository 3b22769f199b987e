import { useParams } from "react-router"
import { RegionGate } from "@/app/routes/region-gate"
import { ProducerGroupPage } from "@/features/producers/components/producer-group-page"

export function ProducerRoute() {
  const { handle = "" } = useParams()
  return (
    <div className="mx-auto max-w-6xl px-4 py-6 sm:py-8">
      <RegionGate>
        {(region) => <ProducerGroupPage key={handle} handle={handle} currencyCode={region.currency_code} />}
      </RegionGate>
    </div>
  )
}
