import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { WHOLESALE_MODULE } from "../../../modules/wholesale"
import type WholesaleModuleService from "../../../modules/wholesale/service"
import type { StoreUpdateOutletType } from "../../../api/store/wholesale/outlets/validators"

export type UpdateOutletStepInput = { id: string; changes: StoreUpdateOutletType }

/** Updates one outlet; compensation puts back the values it had before. */
export const updateOutletStep = createStep(
  "update-outlet",
  async ({ id, changes }: UpdateOutletStepInput, { container }) => {
    const wholesale: WholesaleModuleService = container.resolve(WHOLESALE_MODULE)
    const fields = (Object.keys(changes) as (keyof StoreUpdateOutletType)[]).filter(
      (field) => changes[field] !== undefined
    )
    const before = await wholesale.retrieveOutlet(id, { select: ["id", ...fields] })
    const previous = Object.fromEntries(fields.map((field) => [field, before[field]]))
    const outlet = await wholesale.updateOutlets({ id, ...changes })
    return new StepResponse(outlet, { id, previous })
  },
  async (restore, { container }) => {
    if (!restore) {
      return
    }
    const wholesale: WholesaleModuleService = container.resolve(WHOLESALE_MODULE)
    await wholesale.updateOutlets({ id: restore.id, ...restore.previous })
  }
)
