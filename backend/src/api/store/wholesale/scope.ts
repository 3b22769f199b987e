import type {
  AuthenticatedMedusaRequest,
  MedusaNextFunction,
  MedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { WHOLESALE_MODULE } from "../../../modules/wholesale"
import { CompanyBuyerRole, type CompanyBuyerRoleType } from "../../../modules/wholesale/company-buyer-role"
import { CompanyStatus, type CompanyStatusType } from "../../../modules/wholesale/company-status"
import type WholesaleModuleService from "../../../modules/wholesale/service"

export type WholesaleScopeType = {
  customerId: string
  buyerId: string
  companyId: string
  role: CompanyBuyerRoleType
  companyStatus: CompanyStatusType
}

/** A request of a logged-in customer who buys for a company, with the scope resolved from the login. */
export type WholesaleRequest<Body = unknown> = AuthenticatedMedusaRequest<Body> & {
  wholesale: WholesaleScopeType
}

/** The logged-in customer (every /store/wholesale route needs one). */
export function wholesaleCustomerId(req: MedusaRequest): string {
  const customerId = (req as AuthenticatedMedusaRequest).auth_context?.actor_id
  if (!customerId) {
    throw new MedusaError(MedusaError.Types.UNAUTHORIZED, "Log in with your customer account")
  }
  return customerId
}

/**
 * Resolves the company the logged-in customer buys for into `req.wholesale`. Every company
 * route takes its company from here and from nowhere else: never from the URL or the body.
 * A customer who buys for no company is told there is none.
 */
export async function resolveWholesaleScope(
  req: AuthenticatedMedusaRequest,
  _res: MedusaResponse,
  next: MedusaNextFunction
) {
  const customerId = wholesaleCustomerId(req)
  const wholesale: WholesaleModuleService = req.scope.resolve(WHOLESALE_MODULE)
  const [buyer] = await wholesale.listCompanyBuyers({ customer_id: customerId }, { relations: ["company"] })
  if (!buyer) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      "You do not buy for a company: apply for a trade account, or accept a colleague's invitation"
    )
  }
  ;(req as WholesaleRequest).wholesale = {
    customerId,
    buyerId: buyer.id,
    companyId: buyer.company.id,
    role: buyer.role,
    companyStatus: buyer.company.status,
  }
  next()
}

/** The scope of a request that passed `resolveWholesaleScope`. */
export function wholesaleScope(req: AuthenticatedMedusaRequest): WholesaleScopeType {
  const scope = (req as Partial<WholesaleRequest>).wholesale
  if (!scope) {
    throw new MedusaError(MedusaError.Types.UNAUTHORIZED, "Log in with your customer account")
  }
  return scope
}

/** Only a company's admins manage its buyers and outlets. */
export function requireCompanyAdmin(
  req: AuthenticatedMedusaRequest,
  _res: MedusaResponse,
  next: MedusaNextFunction
) {
  if (wholesaleScope(req).role !== CompanyBuyerRole.ADMIN) {
    throw new MedusaError(
      MedusaError.Types.FORBIDDEN,
      "Only an admin of your company may manage its buyers and outlets"
    )
  }
  next()
}

/** Trade terms and prices are for buyers of an approved company only. */
export function requireApprovedCompany(
  req: AuthenticatedMedusaRequest,
  _res: MedusaResponse,
  next: MedusaNextFunction
) {
  if (wholesaleScope(req).companyStatus !== CompanyStatus.APPROVED) {
    throw new MedusaError(
      MedusaError.Types.FORBIDDEN,
      "Trade terms are for buyers of an approved company: yours is not approved"
    )
  }
  next()
}
