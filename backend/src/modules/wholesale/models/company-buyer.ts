import { model } from "@medusajs/framework/utils"
import { CompanyBuyerRole } from "../company-buyer-role"
import Company from "./company"

/**
 * A Medusa customer who buys for a company. A customer buys for at most one company: the unique
 * `customer_id` says so in the database (a read-only link, `links/company-buyer-customer.ts`,
 * reaches the customer through it).
 */
const CompanyBuyer = model
  .define("company_buyer", {
    id: model.id({ prefix: "cbuy" }).primaryKey(),
    customer_id: model.text(),
    role: model.enum(Object.values(CompanyBuyerRole)).default(CompanyBuyerRole.BUYER),
    company: model.belongsTo(() => Company, { mappedBy: "buyers" }),
  })
  .indexes([{ on: ["customer_id"], unique: true, where: "deleted_at IS NULL" }])

export default CompanyBuyer
