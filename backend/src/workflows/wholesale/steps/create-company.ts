import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { WHOLESALE_MODULE } from "../../../modules/wholesale"
import type WholesaleModuleService from "../../../modules/wholesale/service"
import type { StoreApplyForWholesaleType } from "../../../api/store/wholesale/applications/validators"

export type CreateCompanyStepInput = Omit<StoreApplyForWholesaleType, "outlet">

export const createCompanyStep = createStep(
  "create-company",
  async (input: CreateCompanyStepInput, { container }) => {
    const wholesale: WholesaleModuleService = container.resolve(WHOLESALE_MODULE)
    const company = await wholesale.createCompanies({
      ...input,
      contact_email: input.contact_email.toLowerCase(),
    })
    return new StepResponse(company, company.id)
  },
  async (companyId, { container }) => {
    if (!companyId) {
      return
    }
    const wholesale: WholesaleModuleService = container.resolve(WHOLESALE_MODULE)
    await wholesale.deleteCompanies(companyId)
  }
)
