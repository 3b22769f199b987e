import { defineLink } from "@medusajs/framework/utils"
import OrderModule from "@medusajs/medusa/order"
import ProducerModule from "../modules/producer"

/** The groups whose products an order contains, so each group finds its orders. */
export default defineLink(
  { linkable: OrderModule.linkable.order, isList: true },
  { linkable: ProducerModule.linkable.producerGroup, isList: true }
)
