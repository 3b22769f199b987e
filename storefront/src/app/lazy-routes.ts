/**
 * Every lazily loaded page: its path (React Router's syntax, a trailing `/*` for an area with
 * routes of its own) and its route module, `src/app/routes/<module>.tsx`. The shop's pages share
 * its header and footer; an area with `ownLayout` (the producer studio) draws its own. The router renders them; the build reads the same table to
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
  { path: "studio/*", module: "studio", ownLayout: true },
] as const

export type LazyRouteModuleType = (typeof LAZY_ROUTES)[number]["module"]
