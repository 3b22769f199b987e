import { lazy, Suspense, type ComponentType, type ReactNode } from "react"
import { useTranslation } from "react-i18next"
import { BrowserRouter, Route, Routes } from "react-router"
import { LAZY_ROUTES, type LazyRouteModuleType } from "@/app/lazy-routes"
import { HomeRoute } from "@/app/routes/home"
import { NotFoundRoute } from "@/app/routes/not-found"
import { RootLayout } from "@/app/routes/root-layout"

// Each area is its own chunk, loaded when first visited; the home page stays in the entry chunk.
const PAGES: Record<LazyRouteModuleType, ComponentType> = {
  shop: lazy(() => import("@/app/routes/shop").then((module) => ({ default: module.ShopRoute }))),
  product: lazy(() => import("@/app/routes/product").then((module) => ({ default: module.ProductRoute }))),
  maker: lazy(() => import("@/app/routes/maker").then((module) => ({ default: module.MakerRoute }))),
  producer: lazy(() => import("@/app/routes/producer").then((module) => ({ default: module.ProducerRoute }))),
  impact: lazy(() => import("@/app/routes/impact").then((module) => ({ default: module.ImpactRoute }))),
  cart: lazy(() => import("@/app/routes/cart").then((module) => ({ default: module.CartRoute }))),
  checkout: lazy(() => import("@/app/routes/checkout").then((module) => ({ default: module.CheckoutRoute }))),
  "order-confirmed": lazy(() =>
    import("@/app/routes/order-confirmed").then((module) => ({ default: module.OrderConfirmedRoute }))
  ),
  account: lazy(() => import("@/app/routes/account").then((module) => ({ default: module.AccountRoute }))),
  studio: lazy(() => import("@/app/routes/studio").then((module) => ({ default: module.StudioRoute }))),
  "account-order": lazy(() =>
    import("@/app/routes/account-order").then((module) => ({ default: module.AccountOrderRoute }))
  ),
}

function RouteLoading() {
  const { t } = useTranslation()
  return (
    <p role="status" className="mx-auto max-w-6xl px-4 py-12 text-stone-700">
      {t("app.loadingPage")}
    </p>
  )
}

function Lazy({ children }: { children: ReactNode }) {
  return <Suspense fallback={<RouteLoading />}>{children}</Suspense>
}

/**
 * Declarative routing: the data router (loaders, actions, fetchers) would add about 17 KB of
 * gzipped JavaScript to every first load, and TanStack Query already loads our data.
 */
function lazyRoute({ path, module }: (typeof LAZY_ROUTES)[number]) {
  const Page = PAGES[module]
  return (
    <Route
      key={path}
      path={path}
      element={
        <Lazy>
          <Page />
        </Lazy>
      }
    />
  )
}

export function AppRoutes() {
  return (
    <BrowserRouter>
      <Routes>
        {LAZY_ROUTES.filter((route) => "ownLayout" in route).map(lazyRoute)}
        <Route element={<RootLayout />}>
          <Route index element={<HomeRoute />} />
          {LAZY_ROUTES.filter((route) => !("ownLayout" in route)).map(lazyRoute)}
          <Route path="*" element={<NotFoundRoute />} />
        </Route>
      </Routes>
    </BrowserRouter>
  )
}
