import {
  validateAndTransformBody,
  validateAndTransformQuery,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import { listProducerGroupsQueryConfig, retrieveProducerGroupQueryConfig } from "./query-config"
import {
  AdminApproveProducerGroup,
  AdminCreateProducerGroup,
  AdminCreateProducerInvite,
  AdminGetProducerGroupParams,
  AdminGetProducerGroupsParams,
  AdminSuspendProducerGroup,
  AdminUpdateProducerGroup,
} from "./validators"

export const adminProducersMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/producers",
    middlewares: [validateAndTransformQuery(AdminGetProducerGroupsParams, listProducerGroupsQueryConfig)],
  },
  {
    method: ["POST"],
    matcher: "/admin/producers",
    middlewares: [
      validateAndTransformBody(AdminCreateProducerGroup),
      validateAndTransformQuery(AdminGetProducerGroupParams, retrieveProducerGroupQueryConfig),
    ],
  },
  {
    method: ["GET"],
    matcher: "/admin/producers/:id",
    middlewares: [validateAndTransformQuery(AdminGetProducerGroupParams, retrieveProducerGroupQueryConfig)],
  },
  {
    method: ["POST"],
    matcher: "/admin/producers/:id",
    middlewares: [
      validateAndTransformBody(AdminUpdateProducerGroup),
      validateAndTransformQuery(AdminGetProducerGroupParams, retrieveProducerGroupQueryConfig),
    ],
  },
  {
    method: ["POST"],
    matcher: "/admin/producers/:id/approve",
    middlewares: [
      validateAndTransformBody(AdminApproveProducerGroup),
      validateAndTransformQuery(AdminGetProducerGroupParams, retrieveProducerGroupQueryConfig),
    ],
  },
  {
    method: ["POST"],
    matcher: "/admin/producers/:id/suspend",
    middlewares: [
      validateAndTransformBody(AdminSuspendProducerGroup),
      validateAndTransformQuery(AdminGetProducerGroupParams, retrieveProducerGroupQueryConfig),
    ],
  },
  {
    method: ["POST"],
    matcher: "/admin/producers/:id/invites",
    middlewares: [validateAndTransformBody(AdminCreateProducerInvite)],
  },
  {
    method: ["GET"],
    matcher: "/admin/producers/:id/members",
    middlewares: [validateAndTransformQuery(AdminGetProducerGroupParams, retrieveProducerGroupQueryConfig)],
  },
]
