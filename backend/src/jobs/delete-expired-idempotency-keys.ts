import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { IDEMPOTENCY_MODULE } from "../modules/idempotency"
import type IdempotencyModuleService from "../modules/idempotency/service"

/**
 * Answers kept for Idempotency-Key retries are never served after 24 hours (a later request with
 * the key takes it over); this deletes them, so that keys nobody reuses do not pile up.
 */
export default async function deleteExpiredIdempotencyKeys(container: MedusaContainer) {
  const idempotency: IdempotencyModuleService = container.resolve(IDEMPOTENCY_MODULE)
  const deleted = await idempotency.deleteExpired()
  if (deleted > 0) {
    container.resolve(ContainerRegistrationKeys.LOGGER).info(`Deleted ${deleted} expired idempotency keys`)
  }
}

export const config = {
  name: "delete-expired-idempotency-keys",
  schedule: "17 * * * *",
}
