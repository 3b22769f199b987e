import { useTranslation } from "react-i18next"
import { NavLink } from "react-router"
import { cartItemCount, useCart } from "@/lib/cart"

/** The header's way to the cart, with how many items it holds. */
export function CartLink() {
  const { t } = useTranslation()
  const cart = useCart()
  const count = cartItemCount(cart.data)
  return (
    <NavLink
      to="/cart"
      data-testid="header-cart"
      className="inline-flex min-h-11 items-center gap-2 rounded-md px-3 font-semibold text-white underline-offset-4 hover:underline focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-white aria-[current=page]:underline"
    >
      {t("nav.cart")}
      <span
        data-testid="header-cart-count"
        aria-label={t("nav.cartCount", { count })}
        className="inline-flex min-w-6 items-center justify-center rounded-full bg-amber-300 px-1.5 text-sm font-bold text-stone-950"
      >
        {count}
      </span>
    </NavLink>
  )
}
