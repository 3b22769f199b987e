import { lazy, type ComponentType } from "react"

/** A page of a studio area as a lazily loaded chunk, from the module's named export. */
export function lazyPage<T extends Record<string, unknown>>(load: () => Promise<T>, name: keyof T & string) {
  return lazy(async () => ({ default: (await load())[name] as ComponentType }))
}

/**
 * The studio's pages after Today and More (studio-app.tsx), each a chunk of its own: the first
 * screen a coordinator opens loads only the shell and Today; the listing editor's photo tools,
 * the heaviest part, load when a listing is opened. Paths are under /studio.
 */
export const STUDIO_PAGES: { path: string; Page: ComponentType }[] = [
  { path: "listings", Page: lazyPage(() => import("@/features/studio/listings/listings-page"), "ListingsPage") },
  { path: "listings/new", Page: lazyPage(() => import("@/features/studio/listings/editor/listing-editor-page"), "ListingEditorPage") },
  { path: "listings/:id", Page: lazyPage(() => import("@/features/studio/listings/editor/listing-editor-page"), "ListingEditorPage") },
  { path: "orders", Page: lazyPage(() => import("@/features/studio/orders/orders-page"), "OrdersPage") },
  { path: "orders/:id", Page: lazyPage(() => import("@/features/studio/orders/order-page"), "OrderPage") },
  { path: "earnings", Page: lazyPage(() => import("@/features/studio/earnings/earnings-page"), "EarningsPage") },
  { path: "earnings/statement/:month", Page: lazyPage(() => import("@/features/studio/earnings/statement-page"), "StatementPage") },
  { path: "makers", Page: lazyPage(() => import("@/features/studio/makers/makers-page"), "MakersPage") },
  { path: "makers/new", Page: lazyPage(() => import("@/features/studio/makers/maker-page"), "NewMakerPage") },
  { path: "makers/:id", Page: lazyPage(() => import("@/features/studio/makers/maker-page"), "MakerPage") },
  { path: "profile", Page: lazyPage(() => import("@/features/studio/profile/profile-page"), "ProfilePage") },
]
