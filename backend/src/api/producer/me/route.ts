import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { KHMER_LOCALE } from "@sipakam/shared"
import {
  updateProducerGroupProfileWorkflow,
} from "../../../workflows/producer/workflows/update-producer-group-profile"
import { producerScope } from "../scope"
import type { ProducerUpdateMeType } from "./validators"

async function retrieveMe(req: AuthenticatedMedusaRequest) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "producer_member",
    fields: req.queryConfig.fields,
    filters: { id: producerScope(req).memberId },
  })
  if (!data[0]) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, "Producer member not found")
  }
  const { group, ...member } = data[0]
  const [khmer] = await req.scope
    .resolve(Modules.TRANSLATION)
    .listTranslations(
      { reference_id: group.id, locale_code: KHMER_LOCALE.code },
      { select: ["translations"] }
    )
  const storyKm = khmer?.translations?.story
  return { member, group: { ...group, story_km: typeof storyKm === "string" ? storyKm : null } }
}

/** The logged-in member and its group, with the group's private account. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json(await retrieveMe(req))
}

/** Edits the member's group profile (its story in English and Khmer), contacts and payout destination. */
export const POST = async (
  req: AuthenticatedMedusaRequest<ProducerUpdateMeType>,
  res: MedusaResponse
) => {
  const { payout, contact_email, contact_phone, story_km, ...profile } = req.validatedBody
  await updateProducerGroupProfileWorkflow(req.scope).run({
    input: {
      group_id: producerScope(req).groupId,
      profile,
      khmer: { story: story_km },
      account: {
        contact_email,
        contact_phone,
        payout_method: payout?.method,
        payout_details: payout?.details,
      },
    },
  })
  res.json(await retrieveMe(req))
}
