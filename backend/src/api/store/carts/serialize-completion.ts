import type { MedusaNextFunction, MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import {
  ContainerRegistrationKeys,
  getVariantAvailability,
  MedusaError,
  Modules,
} from "@medusajs/framework/utils"
import { SOLD_OUT_MESSAGE } from "./sold-out-error-handler"

/** How long a completion waits for others selling the same stock before giving up (seconds). */
const STOCK_LOCK_TIMEOUT_S = 30
/** How long the keys stay locked if the process holding them dies (seconds). */
const STOCK_LOCK_EXPIRE_S = 60

type CartStockRowType = {
  id: string
  completed_at: string | Date | null
  sales_channel_id: string | null
  items?:
    | ({
        variant_id: string | null
        quantity: number
        variant?: {
          manage_inventory: boolean
          allow_backorder: boolean
          inventory_items?: ({ inventory_item_id: string } | null)[] | null
        } | null
      } | null)[]
    | null
}

/**
 * Completions of carts that share stock run one at a time (Medusa's Locking Module: in memory,
 * or Redis across processes), and each first checks that its items are still available. Left to
 * itself, Medusa sells the last unit once among many simultaneous buyers, but the losers race for
 * the inventory lock inside the workflow: some time out (500) and their compensations can stall.
 * In turn, the first buyer gets the order and every later one a quick 400 saying it sold out.
 */
export async function serializeCartCompletion(
  req: MedusaStoreRequest,
  res: MedusaResponse,
  next: MedusaNextFunction
) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "cart",
    fields: [
      "id",
      "completed_at",
      "sales_channel_id",
      "items.variant_id",
      "items.quantity",
      "items.variant.manage_inventory",
      "items.variant.allow_backorder",
      "items.variant.inventory_items.inventory_item_id",
    ],
    filters: { id: req.params.id },
  })
  const cart = data[0] as CartStockRowType | undefined
  const items = (cart?.items ?? []).filter(
    (item): item is NonNullable<typeof item> & { variant_id: string } =>
      !!item?.variant_id && !!item.variant?.manage_inventory && !item.variant.allow_backorder
  )
  const keys = [
    ...new Set(
      items.flatMap((item) =>
        (item.variant?.inventory_items ?? []).flatMap((link) =>
          link ? [`checkout-stock:${link.inventory_item_id}`] : []
        )
      )
    ),
  ].sort()
  if (!cart || cart.completed_at || keys.length === 0) {
    return next()
  }

  const locking = req.scope.resolve(Modules.LOCKING)
  const completion = locking.execute(
    keys,
    async () => {
      const wanted = new Map<string, number>()
      for (const item of items) {
        wanted.set(item.variant_id, (wanted.get(item.variant_id) ?? 0) + Number(item.quantity))
      }
      const availability = await getVariantAvailability(query, {
        variant_ids: [...wanted.keys()],
        sales_channel_id: cart.sales_channel_id ?? "",
      })
      const soldOut = [...wanted].some(
        ([variantId, quantity]) => (availability[variantId]?.availability ?? 0) < quantity
      )
      // A cart completed meanwhile (the same cart sent twice) is Medusa's to answer with its order.
      const { data: fresh } = await query.graph({
        entity: "cart",
        fields: ["completed_at"],
        filters: { id: cart.id },
      })
      if (soldOut && !fresh[0]?.completed_at) {
        throw new MedusaError(
          MedusaError.Types.NOT_ALLOWED,
          SOLD_OUT_MESSAGE,
          MedusaError.Codes.INSUFFICIENT_INVENTORY
        )
      }
      // The keys stay locked until Medusa's completion has answered.
      await new Promise<void>((resolve) => {
        res.once("finish", resolve)
        res.once("close", resolve)
        next()
      })
    },
    { timeout: STOCK_LOCK_TIMEOUT_S, expire: STOCK_LOCK_EXPIRE_S }
  )
  await completion.catch((error: unknown) => {
    if (error instanceof Error && /timed-out acquiring lock/i.test(error.message)) {
      // 409: Medusa's answer for a request that may simply be retried.
      throw new MedusaError(MedusaError.Types.CONFLICT, "Too many shoppers are checking out this item; try again")
    }
    throw error
  })
}
