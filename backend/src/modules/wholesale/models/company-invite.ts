import { model } from "@medusajs/framework/utils"
import { CompanyBuyerRole } from "../company-buyer-role"
import Company from "./company"

/**
 * A company admin's invitation for a colleague to buy for the company. Only the token's SHA-256
 * is kept: the token itself is given once, to the admin who invites.
 */
const CompanyInvite = model
  .define("company_invite", {
    id: model.id({ prefix: "cinv" }).primaryKey(),
    email: model.text(),
    role: model.enum(Object.values(CompanyBuyerRole)).default(CompanyBuyerRole.BUYER),
    token_hash: model.text(),
    expires_at: model.dateTime(),
    accepted_at: model.dateTime().nullable(),
    company: model.belongsTo(() => Company, { mappedBy: "invites" }),
  })
  .indexes([{ on: ["token_hash"], unique: true }])

export default CompanyInvite
