import {
  validateAndTransformBody,
  validateAndTransformQuery,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import { listCompaniesQueryConfig, retrieveCompanyQueryConfig } from "./query-config"
import {
  AdminApproveCompany,
  AdminCompanyStatusReason,
  AdminGetCompaniesParams,
  AdminGetCompanyParams,
  AdminUpdateCompany,
} from "./validators"

const detail = validateAndTransformQuery(AdminGetCompanyParams, retrieveCompanyQueryConfig)

/** /admin routes are Medusa's: the operator's login is required before these run. */
export const adminCompaniesMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/companies",
    middlewares: [validateAndTransformQuery(AdminGetCompaniesParams, listCompaniesQueryConfig)],
  },
  { method: ["GET"], matcher: "/admin/companies/:id", middlewares: [detail] },
  {
    method: ["POST"],
    matcher: "/admin/companies/:id",
    middlewares: [validateAndTransformBody(AdminUpdateCompany), detail],
  },
  {
    method: ["POST"],
    matcher: "/admin/companies/:id/approve",
    middlewares: [validateAndTransformBody(AdminApproveCompany), detail],
  },
  {
    method: ["POST"],
    matcher: "/admin/companies/:id/reject",
    middlewares: [validateAndTransformBody(AdminCompanyStatusReason), detail],
  },
  {
    method: ["POST"],
    matcher: "/admin/companies/:id/suspend",
    middlewares: [validateAndTransformBody(AdminCompanyStatusReason), detail],
  },
]
