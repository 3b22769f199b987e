import { MedusaError } from "@medusajs/framework/utils"
import { createStep } from "@medusajs/framework/workflows-sdk"
import { WHOLESALE_MODULE } from "../../../modules/wholesale"
import type WholesaleModuleService from "../../../modules/wholesale/service"

/** An outlet of another company is, to this one, an outlet that does not exist. */
export const validateCompanyOutletStep = createStep(
  "validate-company-outlet",
  async (input: { company_id: string; outlet_id: string }, { container }) => {
    const wholesale: WholesaleModuleService = container.resolve(WHOLESALE_MODULE)
    const [outlet] = await wholesale.listOutlets(
      { id: input.outlet_id, company_id: input.company_id },
      { take: 1, select: ["id"] }
    )
    if (!outlet) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Outlet with id: ${input.outlet_id} was not found`)
    }
  }
)
