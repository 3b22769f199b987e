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
          <Route
            path="shop"
            element={
              <Lazy>
                <ShopRoute />
              </Lazy>
            }
          />
          <Route
            path="products/:handle"
            element={
              <Lazy>
                <ProductRoute />
              </Lazy>
            }
          />
          <Route path="*" element={<NotFoundRoute />} />
        </Route>
      </Routes>
    </BrowserRouter>
  )
}
