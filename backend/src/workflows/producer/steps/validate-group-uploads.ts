import { MedusaError } from "@medusajs/framework/utils"
import { createStep } from "@medusajs/framework/workflows-sdk"
import { PRODUCER_MODULE } from "../../../modules/producer"
import type ProducerModuleService from "../../../modules/producer/service"

export type ValidateGroupUploadsStepInput = {
  group_id: string
  /** The buyer-visible image urls of a request, by the name of the field that holds them. */
  fields: Record<string, (string | null | undefined)[]>
  /** Urls the record already shows (set by the operator or the seed): keeping them is no change. */
  kept?: (string | null | undefined)[]
}

/**
 * Accepts only images that the group itself uploaded through `POST /producer/uploads`, at the
 * url that route answered it: a foreign url would let a group hotlink anything, and another
 * group's upload would let it show their pictures as its own.
 */
export const validateGroupUploadsStep = createStep(
  "validate-group-uploads",
  async (input: ValidateGroupUploadsStepInput, { container }) => {
    const kept = new Set(input.kept ?? [])
    const given = Object.entries(input.fields).flatMap(([field, urls]) =>
      urls.flatMap((url) => (url && !kept.has(url) ? [{ field, url }] : []))
    )
    if (!given.length) {
      return
    }
    const producers: ProducerModuleService = container.resolve(PRODUCER_MODULE)
    const uploads = await producers.listProducerUploads(
      { group: { id: input.group_id }, url: [...new Set(given.map(({ url }) => url))] },
      { select: ["url"], take: null }
    )
    const own = new Set(uploads.map((upload) => upload.url))
    const foreign = given.filter(({ url }) => !own.has(url))
    if (foreign.length) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Images must be your group's own uploads (POST /producer/uploads): ` +
          foreign.map(({ field, url }) => `${field} ${url}`).join(", ")
      )
    }
  }
)
