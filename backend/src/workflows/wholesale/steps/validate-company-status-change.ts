import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { WHOLESALE_MODULE } from "../../../modules/wholesale"
import type WholesaleModuleService from "../../../modules/wholesale/service"
import type { CompanyStatusType } from "../../../modules/wholesale/company-status"

export type ValidateCompanyStatusChangeStepInput = {
  id: string
  from: CompanyStatusType[]
  to: CompanyStatusType
}

/** Checks that the company exists (404) and may move from its current status to `to` (400). */
export const validateCompanyStatusChangeStep = createStep(
  "validate-company-status-change",
  async (input: ValidateCompanyStatusChangeStepInput, { container }) => {
    const wholesale: WholesaleModuleService = container.resolve(WHOLESALE_MODULE)
    const [company] = await wholesale.listCompanies({ id: input.id }, { select: ["id", "status"] })
    if (!company) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Company with id: ${input.id} was not found`)
    }
    if (!input.from.includes(company.status)) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `A company that is ${company.status} cannot become ${input.to}`
      )
    }
    return new StepResponse({ id: company.id, status: company.status })
  }
)
