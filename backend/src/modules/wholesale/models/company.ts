import { model } from "@medusajs/framework/utils"
import { CompanyKind } from "../company-kind"
import { CompanyStatus } from "../company-status"
import CompanyBuyer from "./company-buyer"
import CompanyInvite from "./company-invite"
import Outlet from "./outlet"

/**
 * A hotel or shop that buys wholesale. The operator approves it and sets its terms: days to pay
 * an invoice (`payment_terms_days`, null when it pays at checkout) and how much it may owe at
 * once (`credit_limit`, integer minor units of `currency_code`).
 */
const Company = model
  .define("company", {
    id: model.id({ prefix: "comp" }).primaryKey(),
    legal_name: model.text().searchable(),
    trading_name: model.text().searchable().nullable(),
    kind: model.enum(Object.values(CompanyKind)),
    tax_number: model.text().searchable(),
    contact_email: model.text(),
    contact_phone: model.text(),
    status: model.enum(Object.values(CompanyStatus)).default(CompanyStatus.APPLIED),
    /** Why the operator rejected or suspended the company; cleared on approval. */
    status_reason: model.text().nullable(),
    payment_terms_days: model.number().nullable(),
    credit_limit: model.number().default(0),
    currency_code: model.text().default("usd"),
    outlets: model.hasMany(() => Outlet, { mappedBy: "company" }),
    buyers: model.hasMany(() => CompanyBuyer, { mappedBy: "company" }),
    invites: model.hasMany(() => CompanyInvite, { mappedBy: "company" }),
  })
  .indexes([{ on: ["status"] }])

export default Company
