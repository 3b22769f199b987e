import { useId, useState, type FormEvent } from "react"
import { useTranslation } from "react-i18next"
import { Link } from "react-router"
import { useAddToCart } from "@/lib/cart"

type AddToCartProps = {
  variantId: string
  regionId: string
  /** Units that can be bought; null when stock is not counted. */
  available: number | null
}

/** A quantity and "Add to cart"; says what happened next to the button, for screen readers too. */
export function AddToCart({ variantId, regionId, available }: AddToCartProps) {
  const { t } = useTranslation()
  const quantityId = useId()
  const [quantity, setQuantity] = useState(1)
  const add = useAddToCart()
  const soldOut = available === 0
  const max = available ?? 99

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    if (soldOut || add.isPending) return
    add.mutate({ variantId, quantity, regionId })
  }

  return (
    <form onSubmit={onSubmit} className="mt-4 flex flex-wrap items-end gap-3" data-testid="add-to-cart">
      <div className="flex flex-col">
        <label htmlFor={quantityId} className="text-sm font-medium text-stone-900">
          {t("cart.quantity")}
        </label>
        <input
          id={quantityId}
          type="number"
          inputMode="numeric"
          min={1}
          max={max}
          value={quantity}
          disabled={soldOut}
          onChange={(event) => setQuantity(Math.min(max, Math.max(1, Math.trunc(Number(event.target.value) || 1))))}
          className="min-h-11 w-20 rounded-md border border-stone-400 bg-white px-2 text-base focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-red-800"
        />
      </div>
      <button
        type="submit"
        disabled={soldOut}
        aria-disabled={add.isPending}
        className="min-h-11 rounded-md bg-red-800 px-5 font-semibold text-white hover:bg-red-900 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-red-800 disabled:bg-stone-400 aria-disabled:opacity-70"
      >
        {soldOut ? t("cart.soldOut") : add.isPending ? t("cart.adding") : t("cart.add")}
      </button>
      <p role="status" className="w-full text-sm">
        {add.isSuccess ? (
          <span className="text-green-900">
            {t("cart.added")}{" "}
            <Link to="/cart" className="font-medium text-red-900 underline underline-offset-4">
              {t("cart.viewCart")}
            </Link>
          </span>
        ) : add.isError ? (
          <span className="text-red-900">{t("cart.addError", { message: add.error.message })}</span>
        ) : null}
      </p>
    </form>
  )
}
