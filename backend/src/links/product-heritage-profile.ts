import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import HeritageModule from "../modules/heritage"

/** Each product carries one heritage profile. */
export default defineLink(ProductModule.linkable.product, {
  linkable: HeritageModule.linkable.heritageProfile,
  deleteCascade: true,
})
