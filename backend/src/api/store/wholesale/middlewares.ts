import { authenticate, type MiddlewareRoute } from "@medusajs/framework/http"
import { requireApprovedCompany, requireCompanyAdmin, resolveWholesaleScope } from "./scope"

/**
 * Every /store/wholesale route needs a logged-in customer. Applying and accepting an invitation
 * are for a customer who buys for no company yet; every other route runs in the caller's company
 * (`resolveWholesaleScope`), managing buyers and outlets is for its admins, and trade terms are
 * for buyers of an approved company.
 */
export const storeWholesaleAuthMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/store/wholesale/*",
    middlewares: [authenticate("customer", ["session", "bearer"])],
  },
  { matcher: "/store/wholesale/company", middlewares: [resolveWholesaleScope] },
  { matcher: "/store/wholesale/buyers", middlewares: [resolveWholesaleScope, requireCompanyAdmin] },
  { matcher: "/store/wholesale/outlets*", middlewares: [resolveWholesaleScope, requireCompanyAdmin] },
  { matcher: "/store/wholesale/trade-terms", middlewares: [resolveWholesaleScope, requireApprovedCompany] },
]
