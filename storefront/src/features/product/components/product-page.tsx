import { CRAFTS, labelOf } from "@sipakam/shared"
import { useId, useState } from "react"
import { useTranslation } from "react-i18next"
import { Link } from "react-router"
import { AddToCart } from "@/components/add-to-cart"
import { ErrorNotice } from "@/components/error-notice"
import { useProduct, type ProductDetailType } from "@/features/product/api/get-product"
import { GroupSection } from "@/features/product/components/group-section"
import { HeritageSection } from "@/features/product/components/heritage-section"
import { MakersSection } from "@/features/product/components/makers-section"
import { MoneyBreakdown } from "@/features/product/components/money-breakdown"
import { ProductGallery } from "@/features/product/components/product-gallery"
import { RelatedProducts } from "@/features/product/components/related-products"
import { useStockLabel, VariantPicker } from "@/features/product/components/variant-picker"
import { currentLanguage } from "@/lib/i18n"
import { formatMinorAmount } from "@/lib/money"
import type { RegionType } from "@/lib/region"
import { useDocumentTitle } from "@/lib/use-document-title"

const linkClass = "font-medium text-red-900 underline underline-offset-4 hover:text-red-950"

/** The variant shown first: the first one that can be bought, else the first. */
function initialVariantId(product: ProductDetailType): string {
  const available = product.variants.find((variant) => variant.available !== 0)
  return (available ?? product.variants[0])?.id ?? ""
}

function ProductDetails({ product, region }: { product: ProductDetailType; region: RegionType }) {
  const { t, i18n } = useTranslation()
  const language = currentLanguage(i18n.resolvedLanguage)
  const stockLabel = useStockLabel()
  useDocumentTitle(product.title)
  const ids = {
    heritage: useId(),
    makers: useId(),
    group: useId(),
    money: useId(),
    moreGroup: useId(),
    moreCraft: useId(),
  }
  // The route keys this page by handle, so a new product starts afresh with its own variant.
  const [variantId, setVariantId] = useState(() => initialVariantId(product))
  const variant = product.variants.find((candidate) => candidate.id === variantId) ?? product.variants[0]
  const price =
    variant?.priceMinor !== null && variant?.priceMinor !== undefined && variant.currencyCode
      ? { amount: variant.priceMinor, currency: variant.currencyCode }
      : null
  const craft = product.heritage?.craft
  const craftLabel = craft ? (labelOf(CRAFTS, craft, language) ?? craft) : null

  return (
    <article>
      <div className="grid gap-8 lg:grid-cols-2">
        <ProductGallery title={product.title} images={product.images} />
        <div>
          <h1 className="text-2xl font-bold text-stone-950 sm:text-3xl">{product.title}</h1>
          {product.group ? <p className="mt-1 text-stone-700">{product.group.name}</p> : null}
          <p className="mt-4 text-2xl font-semibold text-red-900" data-testid="product-price">
            {price ? formatMinorAmount(price.amount, price.currency, i18n.language) : t("product.noPrice")}
          </p>
          {variant ? (
            <p className="mt-1 font-medium text-stone-800" data-testid="product-stock">
              {stockLabel(variant)}
            </p>
          ) : null}
          {product.variants.length > 1 ? (
            <VariantPicker variants={product.variants} selectedId={variant?.id ?? ""} onSelect={setVariantId} />
          ) : null}
          {variant && price ? (
            <AddToCart key={variant.id} variantId={variant.id} regionId={region.id} available={variant.available} />
          ) : null}
          {product.description ? (
            <div className="mt-6 space-y-3 text-stone-800">
              {product.description.split(/\n{2,}/).map((paragraph, index) => (
                <p key={index}>{paragraph}</p>
              ))}
            </div>
          ) : null}
          {price && product.group ? (
            <MoneyBreakdown
              priceMinor={price.amount}
              currencyCode={price.currency}
              groupName={product.group.name}
              headingId={ids.money}
            />
          ) : null}
        </div>
      </div>
      {product.heritage ? <HeritageSection heritage={product.heritage} headingId={ids.heritage} /> : null}
      {product.makers.length ? <MakersSection makers={product.makers} headingId={ids.makers} /> : null}
      {product.group ? <GroupSection group={product.group} headingId={ids.group} /> : null}
      {product.group ? (
        <RelatedProducts
          attribute="producer_group"
          value={product.group.handle}
          excludeId={product.id}
          heading={t("product.related.group", { group: product.group.name })}
          headingId={ids.moreGroup}
          shopUrl={`/shop?group=${encodeURIComponent(product.group.handle)}`}
          currencyCode={region.currency_code}
        />
      ) : null}
      {product.heritage && craftLabel ? (
        <RelatedProducts
          attribute="craft"
          value={product.heritage.craft}
          excludeId={product.id}
          heading={t("product.related.craft", { craft: craftLabel })}
          headingId={ids.moreCraft}
          shopUrl={`/shop?craft=${encodeURIComponent(product.heritage.craft)}`}
          currencyCode={region.currency_code}
        />
      ) : null}
    </article>
  )
}

/** A product's page: photos, texts in the shopper's language, price, stock, heritage, makers. */
export function ProductPage({ handle, region }: { handle: string; region: RegionType }) {
  const { t } = useTranslation()
  const product = useProduct(handle, region.id)

  if (product.isPending) {
    return (
      <p role="status" className="text-stone-700">
        {t("product.loading")}
      </p>
    )
  }
  if (product.isError && (!product.data || product.isPlaceholderData)) {
    return (
      <ErrorNotice
        title={t("product.error")}
        error={product.error}
        onRetry={() => void product.refetch()}
        isRetrying={product.isFetching}
      />
    )
  }
  if (!product.data) {
    return (
      <div>
        <h1 className="text-2xl font-bold text-stone-950">{t("product.notFoundTitle")}</h1>
        <p className="mt-2 text-stone-700">{t("product.notFoundBody")}</p>
        <Link to="/shop" className={`mt-4 inline-block ${linkClass}`}>
          {t("product.backToShop")}
        </Link>
      </div>
    )
  }
  return <ProductDetails product={product.data} region={region} />
}
