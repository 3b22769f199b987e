import { z } from "@medusajs/framework/zod"

const LINE_ITEM_ID = z.string().trim().min(1).max(100)

/** The lines to act on: at least one, each once. */
const LineItemIds = z
  .array(LINE_ITEM_ID)
  .min(1)
  .max(200)
  .refine((ids) => new Set(ids).size === ids.length, { message: "Line item ids must be unique" })

export const ProducerListOrders = z
  .object({
    limit: z.coerce.number().int().min(1).max(100).default(20),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict()

export const ProducerGetOrder = z.object({}).strict()

export const ProducerHandOverOrderLines = z.object({ line_item_ids: LineItemIds }).strict()
export type ProducerHandOverOrderLinesType = z.infer<typeof ProducerHandOverOrderLines>

export const ProducerShipOrderLines = z
  .object({
    line_item_ids: LineItemIds,
    tracking_number: z.string().trim().min(1).max(100),
    carrier: z.string().trim().min(1).max(100).optional(),
    // Buyers open it from their order page: a plain-http page could be altered on the way.
    tracking_url: z.url({ protocol: /^https$/, message: "tracking_url must be an https:// address" }).max(2000).optional(),
  })
  .strict()
export type ProducerShipOrderLinesType = z.infer<typeof ProducerShipOrderLines>
