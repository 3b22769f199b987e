import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PRODUCER_MODULE } from "../../../modules/producer"
import type ProducerModuleService from "../../../modules/producer/service"

export type ValidateCreditableMakersStepInput = {
  /** The acting group: only its own makers can be credited. */
  group_id: string
  /** The private maker ids (`mkr_…`) a product should credit. */
  maker_ids: string[]
  /**
   * The public makers the product credits already: a maker retired since stays credited on
   * it, but a retired maker cannot be credited anew.
   */
  credited_public_maker_ids?: string[]
}

/**
 * For the product workflows: checks that a product may credit these makers and returns the
 * `public_maker` ids to link (products link to the public projection, never to `maker`).
 * Another group's maker is "not found"; a retired maker not credited yet is refused.
 */
export const validateCreditableMakersStep = createStep(
  "validate-creditable-makers",
  async (input: ValidateCreditableMakersStepInput, { container }) => {
    const makerIds = [...new Set(input.maker_ids)]
    if (!makerIds.length) {
      return new StepResponse({ public_maker_ids: [] as string[] })
    }
    const producers: ProducerModuleService = container.resolve(PRODUCER_MODULE)
    const makers = await producers.listMakers(
      { id: makerIds, group_id: input.group_id },
      { select: ["id", "retired_at"] }
    )
    const missing = makerIds.filter((id) => !makers.some((maker) => maker.id === id))
    if (missing.length) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Makers with ids: ${missing.join(", ")} were not found`
      )
    }
    const publicMakers = await producers.listPublicMakers(
      { maker_id: makerIds },
      { select: ["id", "maker_id"] }
    )
    const publicIdOf = new Map(publicMakers.map((row) => [row.maker_id, row.id]))
    const credited = new Set(input.credited_public_maker_ids ?? [])
    const newlyRetired = makers.filter(
      (maker) => maker.retired_at && !credited.has(publicIdOf.get(maker.id) ?? "")
    )
    if (newlyRetired.length) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Retired makers cannot be credited on a product: ${newlyRetired
          .map((maker) => maker.id)
          .join(", ")}`
      )
    }
    const unsynced = makerIds.filter((id) => !publicIdOf.has(id))
    if (unsynced.length) {
      throw new MedusaError(
        MedusaError.Types.UNEXPECTED_STATE,
        `Makers with ids: ${unsynced.join(", ")} have no public profile`
      )
    }
    return new StepResponse({ public_maker_ids: makerIds.map((id) => publicIdOf.get(id) as string) })
  }
)
