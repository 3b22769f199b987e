import { lazy, Suspense, type ReactNode } from "react"
import { useTranslation } from "react-i18next"
import { BrowserRouter, Route, Routes } from "react-router"
import { HomeRoute } from "@/app/routes/home"
import { NotFoundRoute } from "@/app/routes/not-found"
import { RootLayout } from "@/app/routes/root-layout"

// Each area is its own chunk, loaded when first visited; the home page stays in the entry chunk.
const ShopRoute = lazy(() => import("@/app/routes/shop").then((module) => ({ default: module.ShopRoute })))
const ProductRoute = lazy(() =>
  import("@/app/routes/product").then((module) => ({ default: module.ProductRoute }))
)
const MakerRoute = lazy(() => import("@/app/routes/maker").then((module) => ({ default: module.MakerRoute })))
const ProducerRoute = lazy(() =>
  import("@/app/routes/producer").then((module) => ({ default: module.ProducerRoute }))
)
const ImpactRoute = lazy(() => import("@/app/routes/impact").then((module) => ({ default: module.ImpactRoute })))
const CartRoute = lazy(() => import("@/app/routes/cart").then((module) => ({ default: module.CartRoute })))
const CheckoutRoute = lazy(() =>
  import("@/app/routes/checkout").then((module) => ({ default: module.CheckoutRoute }))
)
const OrderConfirmedRoute = lazy(() =>
  import("@/app/routes/order-confirmed").then((module) => ({ default: module.OrderConfirmedRoute }))
)
const AccountRoute = lazy(() => import("@/app/routes/account").then((module) => ({ default: module.AccountRoute })))
const AccountOrderRoute = lazy(() =>
  import("@/app/routes/account-order").then((module) => ({ default: module.AccountOrderRoute }))
)

/** Every lazily loaded page: a path and its route module. */
const LAZY_ROUTES: { path: string; element: ReactNode }[] = [
  { path: "shop", element: <ShopRoute /> },
  { path: "products/:handle", element: <ProductRoute /> },
  { path: "makers/:handle", element: <MakerRoute /> },
  { path: "producers/:handle", element: <ProducerRoute /> },
  { path: "impact", element: <ImpactRoute /> },
  { path: "cart", element: <CartRoute /> },
  { path: "checkout", element: <CheckoutRoute /> },
  { path: "orders/:id/confirmed", element: <OrderConfirmedRoute /> },
  { path: "account", element: <AccountRoute /> },
  { path: "account/orders/:id", element: <AccountOrderRoute /> },
]

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
export function AppRoutes() {
  return (
    <BrowserRouter>
      <Routes>
        <Route element={<RootLayout />}>
          <Route index element={<HomeRoute />} />
          {LAZY_ROUTES.map(({ path, element }) => (
            <Route
              key={path}
              path={path}
              element={
                <Lazy>{element}</Lazy>
              }
            />
          ))}
          <Route path="*" element={<NotFoundRoute />} />
        </Route>
      </Routes>
    </BrowserRouter>
  )
}
