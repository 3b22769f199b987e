import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, ProductStatus } from "@medusajs/framework/utils"
import { PRODUCER_MODULE } from "../../../modules/producer"
import type ProducerModuleService from "../../../modules/producer/service"
import { ProducerGroupStatus } from "../../../modules/producer/producer-group-status"
import { PRODUCER_LIST_FIELDS, type ProducerListFieldType } from "./query-config"
import type { StoreGetProducerGroupsParamsType } from "./validators"

/** How much of a group's story a list shows. */
const STORY_EXCERPT_LENGTH = 240

type GroupRowType = {
  id: string
  handle: string
  name: string
  province: string
  village: string | null
  logo_url: string | null
  story?: string | null
  products?: ({ id: string; status: string; sales_channels?: ({ id: string } | null)[] | null } | null)[]
}

function excerpt(story: string | null): string | null {
  if (!story || story.length <= STORY_EXCERPT_LENGTH) {
    return story
  }
  const cut = story.slice(0, STORY_EXCERPT_LENGTH)
  const lastSpace = cut.lastIndexOf(" ")
  return `${(lastSpace > STORY_EXCERPT_LENGTH / 2 ? cut.slice(0, lastSpace) : cut).trimEnd()}…`
}

type GroupListItemType = Record<ProducerListFieldType, unknown>

/**
 * The active producer groups, by name, with how many products the store sells and artisans.
 * `?fields=` names what to answer; counting products reads every product of the groups, so a
 * caller that only needs names (the shop's filter labels) asks for `handle,name`.
 */
export async function GET(
  req: MedusaStoreRequest<unknown, StoreGetProducerGroupsParamsType>,
  res: MedusaResponse
) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { province, handle, fields } = req.validatedQuery
  const wanted = new Set<ProducerListFieldType>(
    fields ? (fields.split(",") as ProducerListFieldType[]) : PRODUCER_LIST_FIELDS
  )
  const { data, metadata } = await query.graph(
    {
      entity: "producer_group",
      fields: [
        "id",
        "handle",
        "name",
        "province",
        "village",
        "logo_url",
        ...(wanted.has("story_excerpt") ? ["story"] : []),
        ...(wanted.has("products_count") ? ["products.id", "products.status", "products.sales_channels.id"] : []),
      ],
      filters: {
        status: ProducerGroupStatus.ACTIVE,
        ...(province ? { province } : {}),
        ...(handle ? { handle } : {}),
      },
      pagination: { ...req.queryConfig.pagination, order: { name: "ASC" } },
    },
    { locale: req.locale }
  )
  const groups = data as GroupRowType[]

  const producers: ProducerModuleService = req.scope.resolve(PRODUCER_MODULE)
  const makers =
    groups.length && wanted.has("artisans_count")
      ? await producers.listMakers(
          { group_id: groups.map((group) => group.id), retired_at: null },
          { select: ["id", "group_id"] }
        )
      : []
  const channels = new Set(req.publishable_key_context.sales_channel_ids)

  // Every field, from what was read: those not asked for were not read and are left out below.
  const describe = (group: GroupRowType): GroupListItemType => ({
    id: group.id,
    handle: group.handle,
    name: group.name,
    province: group.province,
    village: group.village,
    logo_url: group.logo_url,
    story_excerpt: excerpt(group.story ?? null),
    products_count: (group.products ?? []).filter(
      (product) =>
        product?.status === ProductStatus.PUBLISHED &&
        (product.sales_channels ?? []).some((channel) => channel && channels.has(channel.id))
    ).length,
    artisans_count: makers.filter((maker) => maker.group_id === group.id).length,
  })
  const pick = (item: GroupListItemType) =>
    Object.fromEntries(PRODUCER_LIST_FIELDS.filter((field) => wanted.has(field)).map((field) => [field, item[field]]))

  res.json({
    producer_groups: groups.map((group) => pick(describe(group))),
    count: metadata?.count ?? groups.length,
    offset: metadata?.skip ?? 0,
    limit: metadata?.take ?? groups.length,
  })
}
