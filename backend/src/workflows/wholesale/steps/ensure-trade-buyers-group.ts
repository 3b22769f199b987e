import type { ICustomerModuleService } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { TRADE_BUYERS_GROUP_NAME } from "../../../modules/wholesale/trade-buyers-group"

async function findTradeBuyersGroup(customers: ICustomerModuleService) {
  const [group] = await customers.listCustomerGroups({ name: TRADE_BUYERS_GROUP_NAME }, { take: 1 })
  return group
}

/**
 * The customer group of trade buyers, created the first time a company is approved.
 * Compensation deletes it only when this step created it.
 */
export const ensureTradeBuyersGroupStep = createStep(
  "ensure-trade-buyers-group",
  async (_input: void, { container }) => {
    const customers: ICustomerModuleService = container.resolve(Modules.CUSTOMER)
    const existing = await findTradeBuyersGroup(customers)
    if (existing) {
      return new StepResponse({ id: existing.id }, null)
    }
    try {
      const created = await customers.createCustomerGroups({ name: TRADE_BUYERS_GROUP_NAME })
      return new StepResponse({ id: created.id }, created.id)
    } catch (error) {
      // Another approval created it at the same moment: the name is unique, so use theirs.
      const concurrent = await findTradeBuyersGroup(customers)
      if (!concurrent) {
        throw error
      }
      return new StepResponse({ id: concurrent.id }, null)
    }
  },
  async (createdId, { container }) => {
    if (!createdId) {
      return
    }
    const customers: ICustomerModuleService = container.resolve(Modules.CUSTOMER)
    await customers.deleteCustomerGroups(createdId)
  }
)
