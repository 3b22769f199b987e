import { BrowserRouter, Route, Routes } from "react-router"
import { HomeRoute } from "@/app/routes/home"
import { NotFoundRoute } from "@/app/routes/not-found"
import { RootLayout } from "@/app/routes/root-layout"

/**
 * Declarative routing: the data router (loaders, actions, fetchers) would add about 17 KB of
 * gzipped JavaScript to every first load, and TanStack Query already loads our data. The home
 * page is in the entry chunk; later areas (shop, wholesale, studio) join as React.lazy routes.
 */
export function AppRoutes() {
  return (
    <BrowserRouter>
      <Routes>
        <Route element={<RootLayout />}>
          <Route index element={<HomeRoute />} />
          <Route path="*" element={<NotFoundRoute />} />
        </Route>
      </Routes>
    </BrowserRouter>
  )
}
