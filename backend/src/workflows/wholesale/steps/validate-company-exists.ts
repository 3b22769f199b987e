import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { WHOLESALE_MODULE } from "../../../modules/wholesale"
import type WholesaleModuleService from "../../../modules/wholesale/service"

export const validateCompanyExistsStep = createStep(
  "validate-company-exists",
  async (input: { company_id: string }, { container }) => {
    const wholesale: WholesaleModuleService = container.resolve(WHOLESALE_MODULE)
    const [company] = await wholesale.listCompanies({ id: input.company_id }, { take: 1 })
    if (!company) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Company with id: ${input.company_id} was not found`
      )
    }
    return new StepResponse(company)
  }
)
