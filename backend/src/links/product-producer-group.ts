import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import ProducerModule from "../modules/producer"

/** Every product belongs to one producer group; a group has many products. */
export default defineLink(
  { linkable: ProductModule.linkable.product, isList: true },
  ProducerModule.linkable.producerGroup
)
