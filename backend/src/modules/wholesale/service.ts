import { MedusaService } from "@medusajs/framework/utils"
import Company from "./models/company"
import CompanyBuyer from "./models/company-buyer"
import CompanyInvite from "./models/company-invite"
import Outlet from "./models/outlet"

class WholesaleModuleService extends MedusaService({
  Company,
  Outlet,
  CompanyBuyer,
  CompanyInvite,
}) {}

export default WholesaleModuleService
