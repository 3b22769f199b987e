import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PRODUCER_MODULE } from "../../../modules/producer"
import type ProducerModuleService from "../../../modules/producer/service"

export type PayoutMethodType = "bank_transfer" | "aba" | "wing" | "khqr" | "cash"

/** A group's private contacts and payout destination. */
export type ProducerGroupAccountInputType = {
  contact_email?: string | null
  contact_phone?: string | null
  payout_method?: PayoutMethodType
  payout_details?: Record<string, unknown> | null
  status_reason?: string | null
}

export type UpsertProducerGroupAccountStepInput = ProducerGroupAccountInputType & { group_id: string }

type CompensationType =
  | { created: string }
  | { restore: ProducerGroupAccountInputType & { id: string } }

const ACCOUNT_FIELDS = [
  "contact_email",
  "contact_phone",
  "payout_method",
  "payout_details",
  "status_reason",
] as const

/**
 * Medusa's update merges JSON objects into the stored ones, which would mix the details of two
 * payout methods; clearing them first makes new details replace the old.
 */
async function updateAccount(
  producers: ProducerModuleService,
  update: ProducerGroupAccountInputType & { id: string }
) {
  if (update.payout_details) {
    await producers.updateProducerGroupAccounts({ id: update.id, payout_details: null })
  }
  return producers.updateProducerGroupAccounts(update)
}

/** Creates the group's account row on its first edit, updates it afterwards. */
export const upsertProducerGroupAccountStep = createStep(
  "upsert-producer-group-account",
  async ({ group_id, ...account }: UpsertProducerGroupAccountStepInput, { container }) => {
    const producers: ProducerModuleService = container.resolve(PRODUCER_MODULE)
    const [existing] = await producers.listProducerGroupAccounts({ group_id }, { take: 1 })
    if (!existing) {
      const created = await producers.createProducerGroupAccounts({ group_id, ...account })
      return new StepResponse<typeof created, CompensationType>(created, { created: created.id })
    }
    const restore: ProducerGroupAccountInputType & { id: string } = { id: existing.id }
    for (const field of ACCOUNT_FIELDS) {
      if (account[field] !== undefined) {
        Object.assign(restore, { [field]: existing[field] })
      }
    }
    const updated = await updateAccount(producers, { id: existing.id, ...account })
    return new StepResponse<typeof updated, CompensationType>(updated, { restore })
  },
  async (compensation, { container }) => {
    if (!compensation) {
      return
    }
    const producers: ProducerModuleService = container.resolve(PRODUCER_MODULE)
    if ("created" in compensation) {
      await producers.deleteProducerGroupAccounts(compensation.created)
    } else {
      await updateAccount(producers, compensation.restore)
    }
  }
)
