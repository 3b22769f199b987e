import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { CompanyStatus } from "../../../modules/wholesale/company-status"
import { updateCompanyStep } from "../steps/update-company"
import { validateCompanyStatusChangeStep } from "../steps/validate-company-status-change"
import { syncTradeBuyersWorkflow } from "./sync-trade-buyers"

export type SuspendCompanyWorkflowInput = { id: string; reason: string }

/**
 * Suspends an approved company: its buyers leave the trade buyers customer group at once (no
 * more trade prices). The reason is kept on the company, where its buyers read it.
 */
export const suspendCompanyWorkflow = createWorkflow(
  "suspend-company",
  (input: SuspendCompanyWorkflowInput) => {
    validateCompanyStatusChangeStep({
      id: input.id,
      from: [CompanyStatus.APPROVED],
      to: CompanyStatus.SUSPENDED,
    })
    const company = updateCompanyStep(
      transform({ input }, ({ input }) => ({
        id: input.id,
        changes: { status: CompanyStatus.SUSPENDED, status_reason: input.reason },
      }))
    )
    const { data: buyers } = useQueryGraphStep({
      entity: "company_buyer",
      fields: ["customer_id"],
      filters: { company_id: input.id },
    })
    syncTradeBuyersWorkflow.runAsStep({
      input: transform({ buyers }, ({ buyers }) => ({
        customer_ids: buyers.map((buyer) => buyer.customer_id),
        trade: false,
      })),
    })
    return new WorkflowResponse(company)
  }
)
