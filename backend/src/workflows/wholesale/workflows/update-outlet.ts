import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { StoreUpdateOutletType } from "../../../api/store/wholesale/outlets/validators"
import { updateOutletStep } from "../steps/update-outlet"
import { validateCompanyOutletStep } from "../steps/validate-company-outlet"

export type UpdateOutletWorkflowInput = {
  /** The company of the acting admin buyer: only its own outlets change. */
  company_id: string
  id: string
  changes: StoreUpdateOutletType
}

export const updateOutletWorkflow = createWorkflow(
  "update-outlet",
  (input: UpdateOutletWorkflowInput) => {
    validateCompanyOutletStep({ company_id: input.company_id, outlet_id: input.id })
    const outlet = updateOutletStep({ id: input.id, changes: input.changes })
    return new WorkflowResponse(outlet)
  }
)
