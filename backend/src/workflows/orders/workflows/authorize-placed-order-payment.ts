import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { addOrderTransactionStep, authorizePaymentSessionStep } from "@medusajs/medusa/core-flows"
import {
  findUnauthorizedOrderPaymentStep,
  type FindUnauthorizedOrderPaymentStepInput,
} from "../steps/find-unauthorized-order-payment"

/**
 * Finishes what an interrupted cart completion left undone after placing the order: authorizes
 * the cart's payment session and records its captures on the order, as Medusa's completion does
 * in its last steps. Nothing happens when the payment is already there.
 */
export const authorizePlacedOrderPaymentWorkflow = createWorkflow(
  "authorize-placed-order-payment",
  (input: FindUnauthorizedOrderPaymentStepInput) => {
    const unpaid = findUnauthorizedOrderPaymentStep(input)
    when("order-payment-unauthorized", { unpaid }, ({ unpaid }) => unpaid !== null).then(() => {
      const sessionId = transform({ unpaid }, ({ unpaid }) => ({ id: unpaid!.payment_session_id }))
      const authorized = authorizePaymentSessionStep(sessionId)
      const transactions = transform({ authorized, unpaid }, ({ authorized, unpaid }) =>
        (authorized?.captures ?? []).map((capture) => ({
          order_id: unpaid!.order_id,
          amount: capture.raw_amount ?? capture.amount,
          currency_code: authorized!.currency_code,
          reference: "capture",
          reference_id: capture.id,
        }))
      )
      addOrderTransactionStep(transactions)
    })
    return new WorkflowResponse(unpaid)
  }
)
