import type {
  AuthenticatedMedusaRequest,
  MedusaNextFunction,
  MedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { PRODUCER_MODULE } from "../../modules/producer"
import type ProducerModuleService from "../../modules/producer/service"
import type { ProducerGroupStatusType } from "../../modules/producer/producer-group-status"

export type ProducerScopeType = {
  memberId: string
  groupId: string
  groupStatus: ProducerGroupStatusType
}

/** A request of an authenticated producer member, with the scope resolved from its login. */
export type ProducerRequest<Body = unknown> = AuthenticatedMedusaRequest<Body> & {
  producer: ProducerScopeType
}

/**
 * Resolves the producer member behind the login into `req.producer`. Every producer route
 * takes its group from here and from nowhere else: never from the URL or the body.
 */
export async function resolveProducerScope(
  req: AuthenticatedMedusaRequest,
  _res: MedusaResponse,
  next: MedusaNextFunction
) {
  const memberId = req.auth_context?.actor_id
  if (!memberId) {
    throw new MedusaError(MedusaError.Types.UNAUTHORIZED, "Log in as a producer member")
  }
  const producers: ProducerModuleService = req.scope.resolve(PRODUCER_MODULE)
  const [member] = await producers.listProducerMembers({ id: memberId }, { relations: ["group"] })
  if (!member) {
    throw new MedusaError(MedusaError.Types.UNAUTHORIZED, "This login has no producer member")
  }
  ;(req as ProducerRequest).producer = {
    memberId: member.id,
    groupId: member.group.id,
    groupStatus: member.group.status,
  }
  next()
}

/** The scope of a request that passed `resolveProducerScope`. */
export function producerScope(req: AuthenticatedMedusaRequest): ProducerScopeType {
  const scope = (req as Partial<ProducerRequest>).producer
  if (!scope) {
    throw new MedusaError(MedusaError.Types.UNAUTHORIZED, "Log in as a producer member")
  }
  return scope
}

/**
 * Whose `Idempotency-Key`s a producer request's are: the member's, so that no one else (another
 * group's member above all) can ever be answered what that member was.
 */
export function producerMemberId(req: MedusaRequest): string {
  return producerScope(req as AuthenticatedMedusaRequest).memberId
}
