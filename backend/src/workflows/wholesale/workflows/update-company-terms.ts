import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { AdminUpdateCompanyType } from "../../../api/admin/companies/validators"
import { updateCompanyStep } from "../steps/update-company"
import { validateCompanyExistsStep } from "../steps/validate-company-exists"

export type UpdateCompanyTermsWorkflowInput = AdminUpdateCompanyType & { id: string }

/** The operator sets a company's payment terms and credit limit. */
export const updateCompanyTermsWorkflow = createWorkflow(
  "update-company-terms",
  (input: UpdateCompanyTermsWorkflowInput) => {
    validateCompanyExistsStep({ company_id: input.id })
    const company = updateCompanyStep(
      transform({ input }, ({ input }) => {
        const { id, ...changes } = input
        return { id, changes }
      })
    )
    return new WorkflowResponse(company)
  }
)
