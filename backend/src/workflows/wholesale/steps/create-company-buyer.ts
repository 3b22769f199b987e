import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { WHOLESALE_MODULE } from "../../../modules/wholesale"
import type WholesaleModuleService from "../../../modules/wholesale/service"
import type { CompanyBuyerRoleType } from "../../../modules/wholesale/company-buyer-role"

export type CreateCompanyBuyerStepInput = {
  company_id: string
  customer_id: string
  role: CompanyBuyerRoleType
}

export const createCompanyBuyerStep = createStep(
  "create-company-buyer",
  async (input: CreateCompanyBuyerStepInput, { container }) => {
    const wholesale: WholesaleModuleService = container.resolve(WHOLESALE_MODULE)
    const buyer = await wholesale.createCompanyBuyers(input)
    return new StepResponse(buyer, buyer.id)
  },
  async (buyerId, { container }) => {
    if (!buyerId) {
      return
    }
    const wholesale: WholesaleModuleService = container.resolve(WHOLESALE_MODULE)
    await wholesale.deleteCompanyBuyers(buyerId)
  }
)
