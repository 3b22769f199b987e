import type { HttpTypes } from "@medusajs/types"
import { useTranslation } from "react-i18next"
import { Link } from "react-router"
import { ErrorNotice } from "@/components/error-notice"
import { Money } from "@/components/money"
import { useRemoveLine, useUpdateLineQuantity } from "@/features/cart/api/change-cart"
import { useCart, type CartType } from "@/lib/cart"
import { photoSrcSet } from "@/lib/photo-sizes"
import { groupLinesByGroup, useProductCredits } from "@/lib/product-credits"
import { useRegions } from "@/lib/region"

const SUMMARY_HEADING_ID = "cart-summary"

const buttonClass =
  "inline-flex min-h-11 min-w-11 items-center justify-center rounded-md border border-stone-400 bg-white px-3 font-semibold text-stone-900 hover:bg-stone-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-red-800 aria-disabled:opacity-60"

function CartLine({ line, cart, khrPerUsd }: { line: HttpTypes.StoreCartLineItem; cart: CartType; khrPerUsd: number | null }) {
  const { t } = useTranslation()
  const update = useUpdateLineQuantity()
  const remove = useRemoveLine()
  const busy = update.isPending || remove.isPending
  const title = line.product_title ?? line.title
  const error = update.error ?? remove.error

  // The removed line's buttons disappear with it: the keyboard goes on to the cart's summary.
  const removeLine = () => {
    if (busy) return
    // mutateAsync settles even though this line unmounts once the cart no longer has it.
    void remove.mutateAsync(line.id).then(
      () => document.getElementById(SUMMARY_HEADING_ID)?.focus(),
      () => undefined // the error is shown under the line
    )
  }

  const setQuantity = (quantity: number) => {
    if (busy) return
    if (quantity < 1) {
      removeLine()
    } else {
      update.mutate({ lineId: line.id, quantity })
    }
  }

  return (
    <li className="flex flex-wrap gap-4 py-4" data-testid="cart-line">
      {line.thumbnail ? (
        <img
          src={line.thumbnail}
          srcSet={photoSrcSet(line.thumbnail)}
          sizes="96px"
          alt=""
          width={96}
          height={96}
          loading="lazy"
          decoding="async"
          className="size-24 shrink-0 rounded-md bg-stone-100 object-cover"
        />
      ) : null}
      <div className="min-w-0 flex-1">
        <h3 className="font-semibold text-stone-950">
          {line.product_handle ? (
            <Link to={`/products/${encodeURIComponent(line.product_handle)}`} className="underline underline-offset-4">
              {title}
            </Link>
          ) : (
            title
          )}
        </h3>
        {line.variant_title && line.variant_title !== "Default" ? (
          <p className="text-sm text-stone-800">{line.variant_title}</p>
        ) : null}
        <p className="text-sm text-stone-800">
          {t("cart.unitPrice")} <Money amount={line.unit_price} currencyCode={cart.currency_code} />
        </p>
        <div className="mt-2 flex flex-wrap items-center gap-2">
          <button
            type="button"
            className={buttonClass}
            aria-disabled={busy}
            aria-label={t("cart.decrease", { title })}
            onClick={() => setQuantity(line.quantity - 1)}
          >
            −
          </button>
          <span className="min-w-8 text-center font-semibold" data-testid="cart-line-quantity" aria-live="polite">
            <span className="sr-only">{t("cart.quantity")} </span>
            {line.quantity}
          </span>
          <button
            type="button"
            className={buttonClass}
            aria-disabled={busy}
            aria-label={t("cart.increase", { title })}
            onClick={() => setQuantity(line.quantity + 1)}
          >
            +
          </button>
          <button
            type="button"
            className={`${buttonClass} ml-2 font-medium text-red-900`}
            aria-disabled={busy}
            aria-label={t("cart.removeLabel", { title })}
            onClick={removeLine}
          >
            {t("cart.remove")}
          </button>
        </div>
        {error ? (
          <p role="alert" className="mt-1 text-sm text-red-900">
            {t("cart.changeError", { message: error.message })}
          </p>
        ) : null}
      </div>
      <p className="font-semibold text-stone-950" data-testid="cart-line-total">
        <Money amount={line.subtotal ?? line.unit_price * line.quantity} currencyCode={cart.currency_code} khrPerUsd={khrPerUsd} />
      </p>
    </li>
  )
}

function CartContents({ cart }: { cart: CartType }) {
  const { t } = useTranslation()
  const regions = useRegions()
  const khrPerUsd = regions.data?.find((region) => region.id === cart.region_id)?.khrPerUsd ?? null
  const lines = cart.items ?? []
  const credits = useProductCredits(lines.flatMap((line) => (line.product_id ? [line.product_id] : [])))
  const groups = groupLinesByGroup(lines, credits.data)

  // Lines are shown once their groups are known, so they are not regrouped (and remounted,
  // losing the keyboard focus) a moment later; without credits they are shown ungrouped.
  if (credits.isPending) {
    return (
      <p role="status" className="text-stone-700">
        {t("cart.loading")}
      </p>
    )
  }
  return (
    <div className="grid gap-8 lg:grid-cols-[1fr_20rem]">
      <div>
        {groups.map(({ group, lines: groupLines }) => (
          <section
            key={group?.handle ?? "none"}
            aria-label={group ? t("cart.fromGroup", { group: group.name }) : t("cart.otherItems")}
            className="mb-6 rounded-lg border border-stone-200 bg-white px-4"
            data-testid="cart-group"
          >
            <h2 className="border-b border-stone-200 py-3 text-lg font-semibold text-stone-950">
              {group ? (
                <Link to={`/producers/${encodeURIComponent(group.handle)}`} className="underline underline-offset-4">
                  {t("cart.fromGroup", { group: group.name })}
                </Link>
              ) : (
                t("cart.otherItems")
              )}
            </h2>
            <ul className="divide-y divide-stone-200">
              {groupLines.map((line) => (
                <CartLine key={line.id} line={line} cart={cart} khrPerUsd={khrPerUsd} />
              ))}
            </ul>
          </section>
        ))}
      </div>
      <aside aria-labelledby={SUMMARY_HEADING_ID} className="h-fit rounded-lg border border-stone-200 bg-white p-4">
        <h2 id={SUMMARY_HEADING_ID} tabIndex={-1} className="text-lg font-semibold text-stone-950 focus:outline-none">
          {t("cart.summary")}
        </h2>
        <dl className="mt-3 space-y-2">
          <div className="flex justify-between gap-4">
            <dt>{t("cart.subtotal")}</dt>
            <dd className="text-right font-semibold" data-testid="cart-subtotal">
              <Money amount={cart.item_subtotal ?? cart.subtotal} currencyCode={cart.currency_code} khrPerUsd={khrPerUsd} />
            </dd>
          </div>
        </dl>
        <p className="mt-2 text-sm text-stone-800">{t("cart.shippingLater")}</p>
        <Link
          to="/checkout"
          className="mt-4 flex min-h-11 items-center justify-center rounded-md bg-red-800 px-4 font-semibold text-white hover:bg-red-900 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-red-800"
        >
          {t("cart.checkout")}
        </Link>
      </aside>
    </div>
  )
}

/** The cart: lines by producer group, quantities, removal, and the way to checkout. */
export function CartPage() {
  const { t } = useTranslation()
  const cart = useCart()
  if (cart.isPending) {
    return (
      <p role="status" className="text-stone-700">
        {t("cart.loading")}
      </p>
    )
  }
  if (cart.isError) {
    return (
      <ErrorNotice title={t("cart.error")} error={cart.error} onRetry={() => void cart.refetch()} isRetrying={cart.isFetching} />
    )
  }
  if (!cart.data?.items?.length) {
    return (
      <div>
        <p className="text-stone-800">{t("cart.empty")}</p>
        <Link to="/shop" className="mt-3 inline-block font-medium text-red-900 underline underline-offset-4">
          {t("cart.continueShopping")}
        </Link>
      </div>
    )
  }
  return <CartContents cart={cart.data} />
}
