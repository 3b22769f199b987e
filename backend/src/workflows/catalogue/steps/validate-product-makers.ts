import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PRODUCER_MODULE } from "../../../modules/producer"
import type ProducerModuleService from "../../../modules/producer/service"

/**
 * Checks that every maker credited on a product is a maker of the product's group and returns
 * their public records, which products link to. Another group's makers are reported as not found,
 * so no group learns which maker ids exist elsewhere. A retired maker may stay credited on work
 * that already credits them (`credited_public_maker_ids`) but is not credited anew.
 */
export const validateProductMakersStep = createStep(
  "validate-product-makers",
  async (
    input: { group_id: string; maker_ids: string[]; credited_public_maker_ids?: string[] },
    { container }
  ) => {
    if (!input.maker_ids.length) {
      return new StepResponse([] as string[])
    }
    const producers: ProducerModuleService = container.resolve(PRODUCER_MODULE)
    const makers = await producers.listMakers(
      { id: input.maker_ids, group_id: input.group_id },
      { select: ["id", "retired_at"] }
    )
    const found = new Set(makers.map((maker) => maker.id))
    const unknown = input.maker_ids.filter((id) => !found.has(id))
    if (unknown.length) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Makers not found: ${unknown.join(", ")}`)
    }
    const publicMakers = await producers.listPublicMakers(
      { maker_id: input.maker_ids, group_id: input.group_id },
      { select: ["id", "maker_id"] }
    )
    const publicByMaker = new Map(publicMakers.map((record) => [record.maker_id, record.id]))
    const withoutPublicRecord = input.maker_ids.filter((id) => !publicByMaker.has(id))
    if (withoutPublicRecord.length) {
      throw new MedusaError(
        MedusaError.Types.UNEXPECTED_STATE,
        `Makers without a public record: ${withoutPublicRecord.join(", ")}`
      )
    }
    const credited = new Set(input.credited_public_maker_ids ?? [])
    const retired = makers.filter(
      (maker) => maker.retired_at && !credited.has(publicByMaker.get(maker.id) as string)
    )
    if (retired.length) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Retired makers cannot be credited on new work: ${retired.map((maker) => maker.id).join(", ")}`
      )
    }
    return new StepResponse(input.maker_ids.map((id) => publicByMaker.get(id) as string))
  }
)
