import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep } from "@medusajs/framework/workflows-sdk"
import { WHOLESALE_MODULE } from "../../../modules/wholesale"
import { CompanyStatus, type CompanyStatusType } from "../../../modules/wholesale/company-status"
import type WholesaleModuleService from "../../../modules/wholesale/service"

/** A company takes on buyers while it applies and once approved; not rejected or suspended. */
export const COMPANY_STATUSES_TAKING_BUYERS: CompanyStatusType[] = [
  CompanyStatus.APPLIED,
  CompanyStatus.APPROVED,
]

type BuyerEmailRowType = { customer?: { email?: string | null } | null }

/** Checks that a company may invite this email: it takes buyers, and the email is not one already. */
export const validateCompanyInviteStep = createStep(
  "validate-company-invite",
  async (input: { company_id: string; email: string }, { container }) => {
    const wholesale: WholesaleModuleService = container.resolve(WHOLESALE_MODULE)
    const company = await wholesale.retrieveCompany(input.company_id, { select: ["id", "status"] })
    if (!COMPANY_STATUSES_TAKING_BUYERS.includes(company.status)) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Your company is ${company.status}: it cannot invite buyers`
      )
    }
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: buyers } = await query.graph({
      entity: "company_buyer",
      fields: ["id", "customer.email"],
      filters: { company_id: input.company_id },
    })
    const email = input.email.trim().toLowerCase()
    if ((buyers as BuyerEmailRowType[]).some((buyer) => buyer.customer?.email?.toLowerCase() === email)) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `${email} already buys for your company`)
    }
  }
)
