import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PRODUCER_MODULE } from "../../../modules/producer"
import type ProducerModuleService from "../../../modules/producer/service"
import type { ProducerGroupStatusType } from "../../../modules/producer/producer-group-status"

/** The fields of a group that the operator's workflows change. */
export type ProducerGroupChangesType = {
  name?: string
  story?: string | null
  village?: string | null
  province?: string
  logo_url?: string | null
  trusted?: boolean
  commission_rate_bps?: number
  status?: ProducerGroupStatusType
}

export type UpdateProducerGroupStepInput = { id: string; changes: ProducerGroupChangesType }

/** Updates one group; compensation puts back the values it had before. */
export const updateProducerGroupStep = createStep(
  "update-producer-group",
  async ({ id, changes }: UpdateProducerGroupStepInput, { container }) => {
    const producers: ProducerModuleService = container.resolve(PRODUCER_MODULE)
    const fields = (Object.keys(changes) as (keyof ProducerGroupChangesType)[]).filter(
      (field) => changes[field] !== undefined
    )
    const before = await producers.retrieveProducerGroup(id, { select: ["id", ...fields] })
    const previous = Object.fromEntries(fields.map((field) => [field, before[field]]))
    const group = await producers.updateProducerGroups({ id, ...changes })
    return new StepResponse(group, { id, previous })
  },
  async (restore, { container }) => {
    if (!restore) {
      return
    }
    const producers: ProducerModuleService = container.resolve(PRODUCER_MODULE)
    await producers.updateProducerGroups({ id: restore.id, ...restore.previous })
  }
)
