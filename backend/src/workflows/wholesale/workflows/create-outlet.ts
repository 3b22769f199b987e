import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { StoreCreateOutletType } from "../../../api/store/wholesale/outlets/validators"
import { createOutletStep } from "../steps/create-outlet"
import { validateCompanyExistsStep } from "../steps/validate-company-exists"

export type CreateOutletWorkflowInput = {
  /** The company of the acting admin buyer. */
  company_id: string
  outlet: StoreCreateOutletType
}

export const createOutletWorkflow = createWorkflow(
  "create-outlet",
  (input: CreateOutletWorkflowInput) => {
    validateCompanyExistsStep({ company_id: input.company_id })
    const outlet = createOutletStep(
      transform({ input }, ({ input }) => ({ ...input.outlet, company_id: input.company_id }))
    )
    return new WorkflowResponse(outlet)
  }
)
