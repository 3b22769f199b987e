import { InventoryLevelWorkflowEvents, ReservationItemWorkflowEvents } from "@medusajs/framework/utils"
import { ProducerGroupEvents } from "../workflows/producer/producer-group-events"
import { PublicMakerEvents } from "../workflows/producer/public-maker-events"

/**
 * The events after which the store may show a product differently: its listing, prices and
 * stock, its group (approved, suspended, profile), its public makers, and orders (stock). The
 * search index and the store's catalogue cache both follow them, so they never disagree on
 * what a change reaches. Producers' edits, listing reviews and stock changes all end in
 * `product.updated`; stock set or reserved in Medusa's admin, and restocks from returns, arrive as
 * inventory level and reservation events.
 */
export const STORE_CATALOGUE_EVENTS = [
  "product.created",
  "product.updated",
  "product.deleted",
  "product-variant.created",
  "product-variant.updated",
  "product-variant.deleted",
  ProducerGroupEvents.APPROVED,
  ProducerGroupEvents.SUSPENDED,
  ProducerGroupEvents.UPDATED,
  PublicMakerEvents.UPDATED,
  "order.placed",
  "order.canceled",
  InventoryLevelWorkflowEvents.CREATED,
  InventoryLevelWorkflowEvents.UPDATED,
  InventoryLevelWorkflowEvents.DELETED,
  ReservationItemWorkflowEvents.CREATED,
  ReservationItemWorkflowEvents.UPDATED,
  ReservationItemWorkflowEvents.DELETED,
]
