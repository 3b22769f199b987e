/**
 * Every lazily loaded page: its path (React Router's syntax) and its route module,
 * `src/app/routes/<module>.tsx`. The router renders them; the build reads the same table to
 * preload the chunk of the page a visit starts on (plugins/preload-route-chunks.ts), so this
 * file imports nothing.
 */
export const LAZY_ROUTES = [
  { path: "shop", module: "shop" },
  { path: "products/:handle", module: "product" },
  { path: "makers/:handle", module: "maker" },
  { path: "producers/:handle", module: "producer" },
  { path: "impact", module: "impact" },
  { path: "cart", module: "cart" },
  { path: "checkout", module: "checkout" },
  { path: "orders/:id/confirmed", module: "order-confirmed" },
  { path: "account", module: "account" },
  { path: "account/orders/:id", module: "account-order" },
] as const

export type LazyRouteModuleType = (typeof LAZY_ROUTES)[number]["module"]
