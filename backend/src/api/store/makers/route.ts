import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { ProducerGroupStatus } from "../../../modules/producer/producer-group-status"
import type { PublicMakerProjectionType } from "../../../workflows/producer/utils/project-public-maker"
import { PUBLIC_MAKER_FIELDS } from "../producers/public-maker-fields"
import type { StoreGetMakersParamsType } from "./validators"

type MakerRowType = Omit<PublicMakerProjectionType, "maker_id" | "has_public_profile" | "is_retired"> & {
  id: string
  handle: string
  group: { handle: string; name: string }
}

/**
 * The makers who consented to a public profile and still work with an active group: Living
 * Human Treasures first, then by name. `?living_human_treasure=true` keeps only the Treasures.
 */
export async function GET(req: MedusaStoreRequest<unknown, StoreGetMakersParamsType>, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { living_human_treasure } = req.validatedQuery
  const { data, metadata } = await query.graph(
    {
      entity: "public_maker",
      fields: [...PUBLIC_MAKER_FIELDS, "group.handle", "group.name"],
      filters: {
        has_public_profile: true,
        is_retired: false,
        group: { status: ProducerGroupStatus.ACTIVE },
        ...(living_human_treasure === undefined ? {} : { is_living_human_treasure: living_human_treasure }),
      },
      pagination: {
        ...req.queryConfig.pagination,
        order: { is_living_human_treasure: "DESC", display_name: "ASC" },
      },
    },
    { locale: req.locale }
  )
  const makers = (data as MakerRowType[]).map(({ group, ...maker }) => ({
    ...maker,
    group: { handle: group.handle, name: group.name },
  }))
  res.json({
    makers,
    count: metadata?.count ?? makers.length,
    offset: metadata?.skip ?? 0,
    limit: metadata?.take ?? makers.length,
  })
}
