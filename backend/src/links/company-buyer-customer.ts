import { defineLink } from "@medusajs/framework/utils"
import CustomerModule from "@medusajs/medusa/customer"
import WholesaleModule from "../modules/wholesale"

/**
 * A buyer's customer (`fields: ["customer.email"]`), read through the buyer's own `customer_id`.
 * Read-only, with no table of its own: the buyer row already holds the id, its unique index keeps
 * a customer to one company, and a buyer is created in one write that needs no second one undone.
 */
export default defineLink(
  { linkable: WholesaleModule.linkable.companyBuyer, field: "customer_id" },
  CustomerModule.linkable.customer,
  { readOnly: true }
)
