import { MedusaError } from "@medusajs/framework/utils"
import { createStep } from "@medusajs/framework/workflows-sdk"
import { WHOLESALE_MODULE } from "../../../modules/wholesale"
import type WholesaleModuleService from "../../../modules/wholesale/service"

/**
 * A customer buys for one company at most: they may not apply, nor join another company, while
 * they buy for one (the unique index on `company_buyer.customer_id` holds under a race too).
 */
export const validateCustomerWithoutCompanyStep = createStep(
  "validate-customer-without-company",
  async (input: { customer_id: string }, { container }) => {
    const wholesale: WholesaleModuleService = container.resolve(WHOLESALE_MODULE)
    const [buyer] = await wholesale.listCompanyBuyers({ customer_id: input.customer_id }, { take: 1 })
    if (buyer) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        "You already buy for a company: one customer account belongs to one company, so it cannot apply or join again"
      )
    }
  }
)
