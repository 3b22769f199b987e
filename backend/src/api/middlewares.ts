import { defineMiddlewares } from "@medusajs/framework/http"
import { adminCompaniesMiddlewares } from "./admin/companies/middlewares"
import { adminPayoutsMiddlewares } from "./admin/producers/[id]/payouts/middlewares"
import { adminProducersMiddlewares } from "./admin/producers/middlewares"
import { adminProductReviewsMiddlewares } from "./admin/product-reviews/middlewares"
import { authMiddlewares } from "./auth/middlewares"
import { hooksMiddlewares } from "./hooks/middlewares"
import { imagesMiddlewares } from "./images/middlewares"
import { producerInvitesMiddlewares } from "./producer/invites/middlewares"
import { producerLedgerMiddlewares } from "./producer/ledger/middlewares"
import { producerMakersMiddlewares } from "./producer/makers/middlewares"
import { producerMeMiddlewares } from "./producer/me/middlewares"
import { producerAuthMiddlewares } from "./producer/middlewares"
import { producerOrdersMiddlewares } from "./producer/orders/middlewares"
import { producerTradeTermsMiddlewares } from "./producer/products/[id]/trade-terms/middlewares"
import { producerProductsMiddlewares } from "./producer/products/middlewares"
import { producerUploadsMiddlewares } from "./producer/uploads/middlewares"
import { storeCartsMiddlewares } from "./store/carts/middlewares"
import { soldOutErrorHandler } from "./store/carts/sold-out-error-handler"
import { storeImpactMiddlewares } from "./store/impact/middlewares"
import { storeMakersMiddlewares } from "./store/makers/middlewares"
import { storeOrderConfirmationsMiddlewares } from "./store/order-confirmations/middlewares"
import { storeOrdersMiddlewares } from "./store/orders/middlewares"
import { storePaymentCollectionsMiddlewares } from "./store/payment-collections/middlewares"
import { storeProducersMiddlewares } from "./store/producers/middlewares"
import { storeProductsMiddlewares } from "./store/products/middlewares"
import { storeReturnsMiddlewares } from "./store/returns/middlewares"
import { storeSearchMiddlewares } from "./store/search/middlewares"
import { storeWholesaleApplicationsMiddlewares } from "./store/wholesale/applications/middlewares"
import { storeWholesaleBuyersMiddlewares } from "./store/wholesale/buyers/middlewares"
import { storeWholesaleCompanyMiddlewares } from "./store/wholesale/company/middlewares"
import { storeWholesaleInvitesMiddlewares } from "./store/wholesale/invites/middlewares"
import { storeWholesaleAuthMiddlewares } from "./store/wholesale/middlewares"
import { storeWholesaleOutletsMiddlewares } from "./store/wholesale/outlets/middlewares"
import { storeWholesaleTradeTermsMiddlewares } from "./store/wholesale/trade-terms/middlewares"
import { rejectBadPagination } from "./utils/pagination"
import { checkShopperBody, rejectUnstorableText } from "./utils/request-text"

/** Each resource declares its validation and auth beside its routes; this file only joins them. */
export default defineMiddlewares({
  errorHandler: soldOutErrorHandler,
  routes: [
    // Every client's request, before any route: bad input is a 400, never a 500 deep inside.
    { matcher: "/*", middlewares: [rejectUnstorableText] },
    { method: ["POST"], matcher: "/store/*", middlewares: [checkShopperBody] },
    { method: ["POST"], matcher: "/auth/*", middlewares: [checkShopperBody] },
    ...["/store/*", "/producer/*", "/admin/producers*", "/admin/product-reviews*", "/admin/companies*"].map((matcher) => ({
      method: ["GET" as const],
      matcher,
      middlewares: [rejectBadPagination],
    })),
    ...authMiddlewares,
    ...hooksMiddlewares,
    ...imagesMiddlewares,
    ...producerAuthMiddlewares,
    ...producerMeMiddlewares,
    ...producerInvitesMiddlewares,
    ...producerMakersMiddlewares,
    ...producerUploadsMiddlewares,
    ...producerProductsMiddlewares,
    ...producerTradeTermsMiddlewares,
    ...producerOrdersMiddlewares,
    ...producerLedgerMiddlewares,
    ...adminProducersMiddlewares,
    ...adminPayoutsMiddlewares,
    ...adminProductReviewsMiddlewares,
    ...adminCompaniesMiddlewares,
    ...storeProducersMiddlewares,
    ...storeProductsMiddlewares,
    ...storeSearchMiddlewares,
    ...storeMakersMiddlewares,
    ...storeImpactMiddlewares,
    ...storeOrderConfirmationsMiddlewares,
    ...storeOrdersMiddlewares,
    ...storeReturnsMiddlewares,
    ...storeCartsMiddlewares,
    ...storePaymentCollectionsMiddlewares,
    ...storeWholesaleAuthMiddlewares,
    ...storeWholesaleApplicationsMiddlewares,
    ...storeWholesaleCompanyMiddlewares,
    ...storeWholesaleBuyersMiddlewares,
    ...storeWholesaleInvitesMiddlewares,
    ...storeWholesaleOutletsMiddlewares,
    ...storeWholesaleTradeTermsMiddlewares,
  ],
})
