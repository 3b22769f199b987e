import { useParams } from "react-router"
import { OrderDetailPage } from "@/features/account/components/order-detail-page"

export function AccountOrderRoute() {
  const { id = "" } = useParams()
  return (
    <div className="mx-auto max-w-6xl px-4 py-6 sm:py-8">
      <OrderDetailPage key={id} orderId={id} />
    </div>
  )
}
