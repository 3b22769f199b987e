import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { StoreApplyForWholesaleType } from "../../../api/store/wholesale/applications/validators"
import { CompanyBuyerRole } from "../../../modules/wholesale/company-buyer-role"
import { createCompanyStep } from "../steps/create-company"
import { createCompanyBuyerStep } from "../steps/create-company-buyer"
import { createOutletStep } from "../steps/create-outlet"
import { validateCustomerWithoutCompanyStep } from "../steps/validate-customer-without-company"

export type ApplyForWholesaleWorkflowInput = StoreApplyForWholesaleType & {
  /** The applicant, from the customer's login (never from the request body). */
  customer_id: string
}

/**
 * A customer applies for a trade account: the company (applied, no terms yet), its first outlet,
 * and the applicant as its admin buyer.
 */
export const applyForWholesaleWorkflow = createWorkflow(
  "apply-for-wholesale",
  (input: ApplyForWholesaleWorkflowInput) => {
    validateCustomerWithoutCompanyStep({ customer_id: input.customer_id })
    const company = createCompanyStep(
      transform({ input }, ({ input }) => {
        const { outlet: _outlet, customer_id: _customer, ...company } = input
        return company
      })
    )
    createOutletStep(
      transform({ input, company }, ({ input, company }) => ({ ...input.outlet, company_id: company.id }))
    )
    const buyer = createCompanyBuyerStep(
      transform({ input, company }, ({ input, company }) => ({
        company_id: company.id,
        customer_id: input.customer_id,
        role: CompanyBuyerRole.ADMIN,
      }))
    )
    return new WorkflowResponse({ company, buyer })
  }
)
