import { MedusaService } from "@medusajs/framework/utils"
import HeritageProfile from "./models/heritage-profile"

class HeritageModuleService extends MedusaService({ HeritageProfile }) {}

export default HeritageModuleService
