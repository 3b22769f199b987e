import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import ProducerModule from "../modules/producer"

/** The makers credited on a product, as the store may see them (`fields=*makers`). */
export default defineLink(
  { linkable: ProductModule.linkable.product, isList: true },
  { linkable: ProducerModule.linkable.publicMaker, isList: true, alias: "makers" }
)
