import { MedusaService } from "@medusajs/framework/utils"
import Company from "./models/company"
import CompanyBuyer from "./models/company-buyer"
import CompanyInvite from "./models/company-invite"
import Outlet from "./models/outlet"
import TradeTerms from "./models/trade-terms"

class WholesaleModuleService extends MedusaService({
  Company,
  Outlet,
  CompanyBuyer,
  CompanyInvite,
  TradeTerms,
}) {}

export default WholesaleModuleService
