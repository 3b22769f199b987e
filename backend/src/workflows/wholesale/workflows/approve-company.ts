import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { CompanyStatus } from "../../../modules/wholesale/company-status"
import { updateCompanyStep } from "../steps/update-company"
import { validateCompanyStatusChangeStep } from "../steps/validate-company-status-change"
import { syncTradeBuyersWorkflow } from "./sync-trade-buyers"

export type ApproveCompanyWorkflowInput = { id: string }

/**
 * Approves an applying company, or reinstates a suspended one: any reason is cleared, and all
 * its buyers join the trade buyers customer group.
 */
export const approveCompanyWorkflow = createWorkflow(
  "approve-company",
  (input: ApproveCompanyWorkflowInput) => {
    validateCompanyStatusChangeStep({
      id: input.id,
      from: [CompanyStatus.APPLIED, CompanyStatus.SUSPENDED],
      to: CompanyStatus.APPROVED,
    })
    const company = updateCompanyStep({
      id: input.id,
      changes: { status: CompanyStatus.APPROVED, status_reason: null },
    })
    const { data: buyers } = useQueryGraphStep({
      entity: "company_buyer",
      fields: ["customer_id"],
      filters: { company_id: input.id },
    })
    syncTradeBuyersWorkflow.runAsStep({
      input: transform({ buyers }, ({ buyers }) => ({
        customer_ids: buyers.map((buyer) => buyer.customer_id),
        trade: true,
      })),
    })
    return new WorkflowResponse(company)
  }
)
