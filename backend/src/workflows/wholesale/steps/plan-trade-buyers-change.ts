import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export type PlanTradeBuyersChangeStepInput = {
  group_id: string
  customer_ids: string[]
  /** True to have these customers in the group, false to have them out of it. */
  trade: boolean
}

type CustomerGroupsRowType = { id: string; groups?: ({ id: string } | null)[] | null }

/**
 * Which of the customers must be added to (or removed from) the trade buyers group: only those
 * not already so, so that the core step's compensation undoes exactly what changed.
 */
export const planTradeBuyersChangeStep = createStep(
  "plan-trade-buyers-change",
  async (input: PlanTradeBuyersChangeStepInput, { container }) => {
    if (input.customer_ids.length === 0) {
      return new StepResponse({ id: input.group_id, add: [], remove: [] })
    }
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "customer",
      fields: ["id", "groups.id"],
      filters: { id: input.customer_ids },
    })
    const changing = (data as CustomerGroupsRowType[])
      .filter((customer) => (customer.groups ?? []).some((group) => group?.id === input.group_id) !== input.trade)
      .map((customer) => customer.id)
    return new StepResponse({
      id: input.group_id,
      add: input.trade ? changing : [],
      remove: input.trade ? [] : changing,
    })
  }
)
