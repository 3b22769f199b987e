import { InjectManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import type { Context } from "@medusajs/framework/types"
import type { EntityManager } from "@medusajs/framework/mikro-orm/knex"
import LedgerEntry from "./models/ledger-entry"
import Payout from "./models/payout"

export type GroupBalanceType = { currency_code: string; balance: number }

class SettlementModuleService extends MedusaService({ LedgerEntry, Payout }) {
  /** What the platform owes a group, per currency: the sum of its ledger entries. */
  @InjectManager()
  async balances(
    producerGroupId: string,
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<GroupBalanceType[]> {
    const rows: { currency_code: string; balance: string }[] = await sharedContext.manager!.execute(
      `SELECT currency_code, COALESCE(SUM(amount), 0) AS balance
         FROM ledger_entry
        WHERE producer_group_id = ? AND deleted_at IS NULL
        GROUP BY currency_code
        ORDER BY currency_code`,
      [producerGroupId]
    )
    return rows.map((row) => ({ currency_code: row.currency_code, balance: Number(row.balance) }))
  }
}

export default SettlementModuleService
