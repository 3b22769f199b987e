import { useMutation, useQueryClient } from "@tanstack/react-query"
import * as z from "zod"
import {
  STUDIO_ORDERS_QUERY_KEY,
  orderQueryOptions,
  type StudioOrderLineType,
  type StudioOrderType,
} from "@/features/studio/api/orders"
import { STUDIO_PRODUCTS_QUERY_KEY } from "@/features/studio/api/products"
import { producerSend } from "@/features/studio/api/producer-client"

/**
 * The shipping form as the coordinator fills it; messages are keys under `orders.errors`. The
 * rules are the backend's (backend/src/api/producer/orders/validators.ts): a tracking number,
 * an optional carrier, an optional tracking address that must be https (buyers open it).
 */
export const StudioShipFormSchema = z
  .object({
    trackingNumber: z.string().trim().min(1, { error: "trackingRequired" }).max(100, { error: "tooLong" }),
    carrier: z.string().trim().max(100, { error: "tooLong" }),
    trackingUrl: z
      .string()
      .trim()
      .max(2000, { error: "tooLong" })
      .refine((value) => !value || /^https:\/\/[^\s/?#]+\.[^\s]+$/i.test(value), { error: "httpsOnly" }),
  })
  .strict()
export type StudioShipFormType = z.infer<typeof StudioShipFormSchema>

/** What `POST /producer/orders/:id/ship` is sent for a valid form and the chosen lines. */
export function shipBody(lineIds: string[], form: StudioShipFormType) {
  const parsed = StudioShipFormSchema.parse(form)
  return {
    line_item_ids: lineIds,
    tracking_number: parsed.trackingNumber,
    ...(parsed.carrier ? { carrier: parsed.carrier } : {}),
    ...(parsed.trackingUrl ? { tracking_url: parsed.trackingUrl } : {}),
  }
}

export type OrderActionType =
  | { kind: "handover"; orderId: string; lineIds: string[]; idempotencyKey: string }
  | { kind: "ship"; orderId: string; lineIds: string[]; form: StudioShipFormType; idempotencyKey: string }

async function runOrderAction(action: OrderActionType): Promise<StudioOrderType> {
  const body =
    action.kind === "handover" ? { line_item_ids: action.lineIds } : shipBody(action.lineIds, action.form)
  const answer = await producerSend<{ order: StudioOrderType }>(`/producer/orders/${action.orderId}/${action.kind}`, {
    body,
    idempotencyKey: action.idempotencyKey,
  })
  return answer.order
}

/**
 * Hands lines over or ships them. The answer is the order as it now is; the order list and
 * Today (its lines to hand over, its stock figures, which a hand-over changes) are refreshed.
 */
export function useOrderAction() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: runOrderAction,
    onSuccess: async (order) => {
      client.setQueryData(orderQueryOptions(order.id).queryKey, order)
      await Promise.all([
        client.invalidateQueries({ queryKey: STUDIO_ORDERS_QUERY_KEY }),
        client.invalidateQueries({ queryKey: STUDIO_PRODUCTS_QUERY_KEY }),
      ])
    },
  })
}

/** The lines of one hand-over: shipped together with one tracking number, or not at all. */
export type HandOverParcelType = { fulfillmentId: string; handedOverAt: string | null; lines: StudioOrderLineType[] }

/** Lines handed over and not shipped yet, by the hand-over they went in. */
export function handedOverParcels(order: StudioOrderType): HandOverParcelType[] {
  const parcels = new Map<string, HandOverParcelType>()
  for (const line of order.items) {
    if (line.status !== "handed_over" || !line.fulfillment_id) continue
    const parcel = parcels.get(line.fulfillment_id)
    if (parcel) parcel.lines.push(line)
    else parcels.set(line.fulfillment_id, { fulfillmentId: line.fulfillment_id, handedOverAt: line.handed_over_at, lines: [line] })
  }
  return [...parcels.values()]
}

/**
 * What can be shipped in one go, as the backend allows it: any lines still at the group (the
 * group posts them itself), or exactly the lines of one hand-over. Choosing a line of a
 * hand-over chooses that whole hand-over, and clears lines of any other kind.
 */
export function toggleShipLine(order: StudioOrderType, chosen: readonly string[], lineId: string): string[] {
  const line = order.items.find((candidate) => candidate.id === lineId)
  if (!line || line.status === "shipped") return [...chosen]
  if (line.status === "handed_over") {
    const parcel = order.items.filter(
      (candidate) => candidate.status === "handed_over" && candidate.fulfillment_id === line.fulfillment_id
    )
    return chosen.includes(lineId) ? [] : parcel.map((candidate) => candidate.id)
  }
  const pendingChosen = chosen.filter((id) => order.items.find((candidate) => candidate.id === id)?.status === "pending")
  return pendingChosen.includes(lineId) ? pendingChosen.filter((id) => id !== lineId) : [...pendingChosen, lineId]
}

/** Lines still at the group: the only ones that can be handed over. */
export const pendingLines = (order: StudioOrderType) => order.items.filter((line) => line.status === "pending")

/** Whether anything in the order can still be shipped. */
export const hasLinesToShip = (order: StudioOrderType) => order.items.some((line) => line.status !== "shipped")
