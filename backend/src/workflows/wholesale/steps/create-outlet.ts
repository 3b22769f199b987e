import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { WHOLESALE_MODULE } from "../../../modules/wholesale"
import type WholesaleModuleService from "../../../modules/wholesale/service"
import type { StoreCreateOutletType } from "../../../api/store/wholesale/outlets/validators"

export type CreateOutletStepInput = StoreCreateOutletType & { company_id: string }

export const createOutletStep = createStep(
  "create-outlet",
  async (input: CreateOutletStepInput, { container }) => {
    const wholesale: WholesaleModuleService = container.resolve(WHOLESALE_MODULE)
    const outlet = await wholesale.createOutlets(input)
    return new StepResponse(outlet, outlet.id)
  },
  async (outletId, { container }) => {
    if (!outletId) {
      return
    }
    const wholesale: WholesaleModuleService = container.resolve(WHOLESALE_MODULE)
    await wholesale.deleteOutlets(outletId)
  }
)
