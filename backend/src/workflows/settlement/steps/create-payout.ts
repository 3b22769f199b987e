import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SETTLEMENT_MODULE } from "../../../modules/settlement"
import type { PayoutMethodType } from "../../../modules/settlement/payout-method"
import type SettlementModuleService from "../../../modules/settlement/service"

export type CreatePayoutStepInput = {
  producer_group_id: string
  amount: number
  currency_code: string
  method: PayoutMethodType
  reference?: string | null
  note?: string | null
  paid_at: Date
  recorded_by?: string | null
}

export const createPayoutStep = createStep(
  "create-payout",
  async (input: CreatePayoutStepInput, { container }) => {
    const settlement: SettlementModuleService = container.resolve(SETTLEMENT_MODULE)
    const payout = await settlement.createPayouts(input)
    return new StepResponse(payout, payout.id)
  },
  async (payoutId, { container }) => {
    if (!payoutId) {
      return
    }
    const settlement: SettlementModuleService = container.resolve(SETTLEMENT_MODULE)
    await settlement.deletePayouts(payoutId)
  }
)
