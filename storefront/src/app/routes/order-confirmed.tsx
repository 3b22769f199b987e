import { useParams, useSearchParams } from "react-router"
import { OrderConfirmation } from "@/features/checkout/components/order-confirmation"

export function OrderConfirmedRoute() {
  const { id = "" } = useParams()
  const [params] = useSearchParams()
  return (
    <div className="mx-auto max-w-6xl px-4 py-6 sm:py-8">
      <OrderConfirmation key={id} orderId={id} token={params.get("token")} />
    </div>
  )
}
