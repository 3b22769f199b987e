import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { STORE_CATALOGUE_EVENTS } from "../lib/store-catalogue-events"
import { expireStoreCatalogueCacheWorkflow } from "../workflows/catalogue/workflows/expire-store-catalogue-cache"

/** A product, its group, its makers or its stock changed: the store answers afresh. */
export default async function storeCatalogueChangedHandler({ container }: SubscriberArgs<unknown>) {
  await expireStoreCatalogueCacheWorkflow(container).run()
}

export const config: SubscriberConfig = {
  event: STORE_CATALOGUE_EVENTS,
  context: { subscriberId: "store-catalogue-cache" },
}
