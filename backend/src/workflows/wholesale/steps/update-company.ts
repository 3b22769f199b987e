import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { WHOLESALE_MODULE } from "../../../modules/wholesale"
import type WholesaleModuleService from "../../../modules/wholesale/service"
import type { CompanyStatusType } from "../../../modules/wholesale/company-status"

/** The fields of a company that the operator's workflows change. */
export type CompanyChangesType = {
  status?: CompanyStatusType
  status_reason?: string | null
  payment_terms_days?: number | null
  credit_limit?: number
  currency_code?: string
}

export type UpdateCompanyStepInput = { id: string; changes: CompanyChangesType }

/** Updates one company; compensation puts back the values it had before. */
export const updateCompanyStep = createStep(
  "update-company",
  async ({ id, changes }: UpdateCompanyStepInput, { container }) => {
    const wholesale: WholesaleModuleService = container.resolve(WHOLESALE_MODULE)
    const fields = (Object.keys(changes) as (keyof CompanyChangesType)[]).filter(
      (field) => changes[field] !== undefined
    )
    const before = await wholesale.retrieveCompany(id, { select: ["id", ...fields] })
    const previous = Object.fromEntries(fields.map((field) => [field, before[field]]))
    const company = await wholesale.updateCompanies({ id, ...changes })
    return new StepResponse(company, { id, previous })
  },
  async (restore, { container }) => {
    if (!restore) {
      return
    }
    const wholesale: WholesaleModuleService = container.resolve(WHOLESALE_MODULE)
    await wholesale.updateCompanies({ id: restore.id, ...restore.previous })
  }
)
