import type {
  MedusaContainer,
  RemoteQueryFunctionReturnPagination,
} from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { SETTLEMENT_MODULE } from "../../../modules/settlement"
import type SettlementModuleService from "../../../modules/settlement/service"

type Pagination = { skip?: number; take?: number }

/**
 * A page of a group's ledger entries, newest first, with its balance per currency (the sum of
 * all its entries, not of the page).
 */
export async function queryLedger(
  container: MedusaContainer,
  groupId: string,
  queryConfig: { fields: string[]; pagination?: Pagination }
) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { skip = 0, take = 50 } = queryConfig.pagination ?? {}
  const { data: entries, metadata } = await query.graph({
    entity: "ledger_entry",
    fields: queryConfig.fields,
    filters: { producer_group_id: groupId },
    pagination: { skip, take, order: { created_at: "DESC", id: "DESC" } },
  })
  const settlement: SettlementModuleService = container.resolve(SETTLEMENT_MODULE)
  return {
    entries,
    count: (metadata as RemoteQueryFunctionReturnPagination | undefined)?.count ?? entries.length,
    limit: take,
    offset: skip,
    balances: await settlement.balances(groupId),
  }
}
