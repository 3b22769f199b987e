import { mkdir, rename, writeFile } from "node:fs/promises"
import path from "node:path"
import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import {
  createApiKeysWorkflow,
  linkSalesChannelsToApiKeyWorkflow,
} from "@medusajs/medusa/core-flows"

/** Where the storefront container looks for the key: the shared `storefront-config` volume. */
const DEFAULT_CONFIG_FILE = "/run/sipakam/publishable-key"

/**
 * Writes the token of the publishable API key of the store's default sales channel to
 * `STOREFRONT_CONFIG_FILE`, so the storefront is configured without anyone copying the key
 * out of the admin. Medusa's migrations create a "Default Publishable API Key" linked to that
 * channel; a key is created and linked only when no unrevoked one is. Safe to run on every
 * deploy: it reuses the same key each time.
 */
export default async function writeStorefrontConfig({ container }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const file = path.resolve(process.env.STOREFRONT_CONFIG_FILE || DEFAULT_CONFIG_FILE)

  const {
    data: [store],
  } = await query.graph({ entity: "store", fields: ["id", "default_sales_channel_id"] })
  const salesChannelId = store?.default_sales_channel_id
  if (!salesChannelId) {
    throw new Error("The store has no default sales channel: run `medusa db:migrate` first.")
  }

  const { data: keys } = await query.graph({
    entity: "api_key",
    fields: ["id", "token", "sales_channels.id"],
    filters: { type: "publishable", revoked_at: null },
    pagination: { order: { created_at: "ASC" } },
  })
  const linked = keys.find((key) =>
    key.sales_channels?.some((channel: { id: string } | null) => channel?.id === salesChannelId)
  )

  let key = linked ? { id: linked.id, token: linked.token } : undefined
  if (!key) {
    const {
      result: [created],
    } = await createApiKeysWorkflow(container).run({
      input: { api_keys: [{ title: "Storefront", type: "publishable", created_by: "" }] },
    })
    await linkSalesChannelsToApiKeyWorkflow(container).run({
      input: { id: created.id, add: [salesChannelId] },
    })
    key = { id: created.id, token: created.token }
    logger.info(`Created publishable API key ${created.id} for the default sales channel`)
  }

  // Write beside the target and rename, so a reader never sees a half-written file.
  await mkdir(path.dirname(file), { recursive: true })
  const partial = `${file}.${process.pid}.tmp`
  await writeFile(partial, `${key.token}\n`, { mode: 0o644 })
  await rename(partial, file)
  logger.info(`Wrote publishable API key ${key.id} (default sales channel) to ${file}`)
}
