import { ContainerRegistrationKeys, PaymentSessionStatus } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export type FindUnauthorizedOrderPaymentStepInput = { cart_id: string; order_id: string }

export type UnauthorizedOrderPaymentType = { order_id: string; payment_session_id: string } | null

type CartPaymentRowType = {
  payment_collection?: {
    payment_sessions?: { id: string; status: string }[] | null
    payments?: { id: string; canceled_at: string | null }[] | null
  } | null
}

/** Sessions a provider can still be asked to authorize. */
const AUTHORIZABLE = new Set<string>([PaymentSessionStatus.PENDING, PaymentSessionStatus.REQUIRES_MORE])

/**
 * The payment session still to authorize for an order placed from the cart, or null. Medusa's
 * cart completion creates the order before it authorizes the payment; a completion cut off in
 * between (the process killed) leaves an order whose cart's session was never authorized, and a
 * retried completion returns that order as it is.
 */
export const findUnauthorizedOrderPaymentStep = createStep(
  "find-unauthorized-order-payment",
  async (input: FindUnauthorizedOrderPaymentStepInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "cart",
      fields: [
        "payment_collection.payment_sessions.id",
        "payment_collection.payment_sessions.status",
        "payment_collection.payments.id",
        "payment_collection.payments.canceled_at",
      ],
      filters: { id: input.cart_id },
    })
    const collection = (data[0] as CartPaymentRowType | undefined)?.payment_collection
    const paid = (collection?.payments ?? []).some((payment) => !payment.canceled_at)
    const session = (collection?.payment_sessions ?? []).find((candidate) => AUTHORIZABLE.has(candidate.status))
    const result: UnauthorizedOrderPaymentType =
      !paid && session ? { order_id: input.order_id, payment_session_id: session.id } : null
    return new StepResponse(result)
  }
)
