import { MedusaService } from "@medusajs/framework/utils"
import Maker from "./models/maker"
import ProducerGroup from "./models/producer-group"
import ProducerGroupAccount from "./models/producer-group-account"
import ProducerInvite from "./models/producer-invite"
import ProducerMember from "./models/producer-member"
import ProducerUpload from "./models/producer-upload"
import PublicMaker from "./models/public-maker"

class ProducerModuleService extends MedusaService({
  ProducerGroup,
  ProducerGroupAccount,
  ProducerMember,
  ProducerInvite,
  Maker,
  PublicMaker,
  ProducerUpload,
}) {}

export default ProducerModuleService
