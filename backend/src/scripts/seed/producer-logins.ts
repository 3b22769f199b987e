import type { MedusaContainer } from "@medusajs/framework/types"
import { DEMO_PRODUCER_GROUP_HANDLES } from "@sipakam/demo-data"
import { PRODUCER_MODULE } from "../../modules/producer"
import type ProducerModuleService from "../../modules/producer/service"
import { PRODUCER_ACTOR_TYPE } from "../../modules/producer/producer-actor-type"
import { acceptProducerInviteWorkflow } from "../../workflows/producer/workflows/accept-producer-invite"
import { createProducerInviteWorkflow } from "../../workflows/producer/workflows/create-producer-invite"
import { DEMO_PRODUCER_EMAILS } from "./constants"
import { emailpassIdentity } from "./demo-accounts"
import type { SeededGroups } from "./producers"

const MEMBER_KEY = `${PRODUCER_ACTOR_TYPE}_id`

/** The coordinators who log in for the two demo groups. */
const COORDINATORS: {
  login: keyof typeof DEMO_PRODUCER_EMAILS
  first_name: string
  last_name: string
  phone: string
}[] = [
  { login: "producer", first_name: "Sreynich", last_name: "Ouk", phone: "+855 12 481 307" },
  { login: "producer2", first_name: "Sophal", last_name: "Chrieng", phone: "+855 73 390 582" },
]

/**
 * The two demo producer logins (password `sipakam-demo`), each a member of its group, made the
 * way an operator's invitation makes them: invite, registered identity, acceptance.
 */
export async function ensureProducerLogins(
  container: MedusaContainer,
  groups: SeededGroups
): Promise<void> {
  const producers: ProducerModuleService = container.resolve(PRODUCER_MODULE)
  for (const coordinator of COORDINATORS) {
    const email = DEMO_PRODUCER_EMAILS[coordinator.login]
    const group = groups.get(DEMO_PRODUCER_GROUP_HANDLES[coordinator.login])
    if (!group) {
      throw new Error(`The group of ${email} was not seeded`)
    }
    const identity = await emailpassIdentity(container, email)
    const [member] = await producers.listProducerMembers({ email }, { take: 1 })
    if (!member) {
      const { result: invite } = await createProducerInviteWorkflow(container).run({
        input: { group_id: group.id, email },
      })
      await acceptProducerInviteWorkflow(container).run({
        input: {
          token: invite.token,
          auth_identity_id: identity.id,
          member: {
            first_name: coordinator.first_name,
            last_name: coordinator.last_name,
            phone: coordinator.phone,
          },
        },
      })
    } else if (identity.app_metadata?.[MEMBER_KEY] !== member.id) {
      throw new Error(`${email} is a producer member, but its login points elsewhere`)
    }
  }
}
