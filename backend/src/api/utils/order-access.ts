import type {
  MedusaNextFunction,
  MedusaResponse,
  MedusaStoreRequest,
} from "@medusajs/framework/http"
import type { IOrderModuleService } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import {
  configuredJwtSecret,
  verifyOrderConfirmationToken,
} from "../../lib/order-confirmation-token"

/** The header a guest sends with the token `POST /store/order-confirmations` gave for one order. */
export const ORDER_CONFIRMATION_TOKEN_HEADER = "x-order-confirmation-token"

/**
 * Who may act on an order through the store API:
 * - `owner`: the order's customer (logged in), or a guest holding its confirmation token;
 * - `claimant`: the owner, or a logged-in customer whose email is the order's (Medusa's
 *   transfer of a guest order to the account made later with the same email);
 * - `transfer_token`: whoever holds the token of the order's open transfer request (Medusa
 *   mails it to the order's email, so the owner can accept or decline it from the mail).
 */
export type OrderAccessRuleType = "owner" | "claimant" | "transfer_token"

type OrderOwnerRowType = { id: string; customer_id: string | null; email: string | null }
type TransferActionType = { action?: string; details?: { token?: unknown } | null }

const TRANSFER_ACTION = "TRANSFER_CUSTOMER"
const CLOSED_CHANGE_STATUSES = ["canceled", "declined", "confirmed"]

function loggedInCustomerId(req: MedusaStoreRequest): string | null {
  return req.auth_context?.actor_type === "customer" ? req.auth_context.actor_id || null : null
}

function holdsConfirmationToken(req: MedusaStoreRequest, orderId: string): boolean {
  const token = req.headers[ORDER_CONFIRMATION_TOKEN_HEADER]
  return (
    typeof token === "string" &&
    verifyOrderConfirmationToken(token, orderId, configuredJwtSecret(req.scope))
  )
}

async function retrieveOrderOwner(
  req: MedusaStoreRequest,
  orderId: string
): Promise<OrderOwnerRowType | undefined> {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: ["id", "customer_id", "email"],
    filters: { id: orderId },
  })
  return data[0] as OrderOwnerRowType | undefined
}

async function customerEmail(req: MedusaStoreRequest, customerId: string): Promise<string | null> {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "customer",
    fields: ["id", "email"],
    filters: { id: customerId },
  })
  return (data[0] as { email?: string | null } | undefined)?.email ?? null
}

async function holdsTransferToken(req: MedusaStoreRequest, orderId: string): Promise<boolean> {
  const token = (req.body as { token?: unknown } | undefined)?.token
  if (typeof token !== "string" || !token) {
    return false
  }
  const orders: IOrderModuleService = req.scope.resolve(Modules.ORDER)
  const changes = await orders.listOrderChanges({ order_id: orderId }, { relations: ["actions"] })
  return changes.some(
    (change) =>
      change.change_type === "transfer" &&
      !CLOSED_CHANGE_STATUSES.includes(change.status as string) &&
      (change.actions as TransferActionType[] | undefined)?.some(
        (action) => action.action === TRANSFER_ACTION && action.details?.token === token
      )
  )
}

/** True when the request may act on the order under the rule. */
export async function mayActOnOrder(
  req: MedusaStoreRequest,
  orderId: string,
  rule: OrderAccessRuleType
): Promise<boolean> {
  if (typeof orderId !== "string" || !orderId) {
    return false
  }
  if (rule === "transfer_token") {
    return holdsTransferToken(req, orderId)
  }
  if (holdsConfirmationToken(req, orderId)) {
    return true
  }
  const customerId = loggedInCustomerId(req)
  if (!customerId) {
    return false
  }
  const order = await retrieveOrderOwner(req, orderId)
  if (!order) {
    return false
  }
  if (order.customer_id === customerId) {
    return true
  }
  if (rule !== "claimant" || !order.email) {
    return false
  }
  const email = await customerEmail(req, customerId)
  return !!email && email.toLowerCase() === order.email.toLowerCase()
}

/** Every order guard made here, so a test can tell a guarded route from an unguarded one. */
export const ORDER_GUARDS = new WeakSet<object>()

/**
 * A middleware that lets the request through only when it may act on the order its path
 * (`:id`) or body (`order_id`) names under `rule`. Anyone else is told the order does not
 * exist, as if they had guessed a wrong id, and nothing runs.
 */
export function requireOrderAccess(rule: OrderAccessRuleType, orderIdIn: "path" | "body" = "path") {
  const guard = async (req: MedusaStoreRequest, _res: MedusaResponse, next: MedusaNextFunction) => {
    const orderId =
      orderIdIn === "path"
        ? req.params.id
        : (req.body as { order_id?: unknown } | undefined)?.order_id
    if (typeof orderId === "string" && (await mayActOnOrder(req, orderId, rule))) {
      return next()
    }
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Order with id: ${typeof orderId === "string" ? orderId : ""} was not found`
    )
  }
  ORDER_GUARDS.add(guard)
  return guard
}
