import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { formatMoney } from "@sipakam/shared"
import { SETTLEMENT_MODULE } from "../../../modules/settlement"
import type SettlementModuleService from "../../../modules/settlement/service"

export type ValidatePayoutStepInput = {
  producer_group_id: string
  amount: number
  currency_code: string
}

/**
 * A payout goes to an existing group and never exceeds what the platform owes it in that
 * currency: the ledger records money owed, and paying more than that would be an advance, which
 * the operator has no way to recover through the ledger.
 */
export const validatePayoutStep = createStep(
  "validate-payout",
  async (input: ValidatePayoutStepInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const {
      data: [group],
    } = await query.graph({
      entity: "producer_group",
      fields: ["id"],
      filters: { id: input.producer_group_id },
    })
    if (!group) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Producer group ${input.producer_group_id} was not found`
      )
    }
    const settlement: SettlementModuleService = container.resolve(SETTLEMENT_MODULE)
    const balance =
      (await settlement.balances(input.producer_group_id)).find(
        (row) => row.currency_code === input.currency_code
      )?.balance ?? 0
    const money = (amount: number) => formatMoney(amount, input.currency_code, "en")
    if (input.amount > balance) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `The payout of ${money(input.amount)} exceeds what the group is owed in ` +
          `${input.currency_code.toUpperCase()} (${money(balance)})`
      )
    }
    return new StepResponse(balance)
  }
)
