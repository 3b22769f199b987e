import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { CompanyStatus } from "../../../modules/wholesale/company-status"
import { updateCompanyStep } from "../steps/update-company"
import { validateCompanyStatusChangeStep } from "../steps/validate-company-status-change"

export type RejectCompanyWorkflowInput = { id: string; reason: string }

/** Turns down an application; the reason is kept on the company, where its applicant reads it. */
export const rejectCompanyWorkflow = createWorkflow(
  "reject-company",
  (input: RejectCompanyWorkflowInput) => {
    validateCompanyStatusChangeStep({
      id: input.id,
      from: [CompanyStatus.APPLIED],
      to: CompanyStatus.REJECTED,
    })
    const company = updateCompanyStep(
      transform({ input }, ({ input }) => ({
        id: input.id,
        changes: { status: CompanyStatus.REJECTED, status_reason: input.reason },
      }))
    )
    return new WorkflowResponse(company)
  }
)
