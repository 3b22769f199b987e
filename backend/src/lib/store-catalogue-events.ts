import { InventoryLevelWorkflowEvents, ReservationItemWorkflowEvents } from "@medusajs/framework/utils"
import { ProducerGroupEvents } from "../modules/producer/producer-group-events"
import { PublicMakerEvents } from "../modules/producer/public-maker-events"

/**
 * The events after which the store may show a product differently: its listing, prices and
 * stock, its group (approved, suspended, profile) and its public makers. The search index and
 * the store's catalogue cache both follow them, so they never disagree on what a change reaches.
 * Producers' edits, listing reviews and stock changes all end in `product.updated`. Stock set in
 * Medusa's admin and restocks from returns arrive as inventory level events; orders move stock
 * through reservations, and every Medusa flow that places or cancels an order emits the
 * reservation events, so the order events themselves would only repeat them.
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
  InventoryLevelWorkflowEvents.CREATED,
  InventoryLevelWorkflowEvents.UPDATED,
  InventoryLevelWorkflowEvents.DELETED,
  ReservationItemWorkflowEvents.CREATED,
  ReservationItemWorkflowEvents.UPDATED,
  ReservationItemWorkflowEvents.DELETED,
]
