import { defineLink } from "@medusajs/framework/utils"
import StockLocationModule from "@medusajs/medusa/stock-location"
import ProducerModule from "../modules/producer"

/** Each group keeps its stock at its own location. */
export default defineLink(ProducerModule.linkable.producerGroup, StockLocationModule.linkable.stockLocation)
