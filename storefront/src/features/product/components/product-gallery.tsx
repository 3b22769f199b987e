import { useState } from "react"
import { useTranslation } from "react-i18next"
import { photoSrcSet } from "@/lib/photo-sizes"

type ProductGalleryProps = {
  title: string
  images: { id: string; url: string }[]
}

/** The photos are square, shown up to this wide. */
const IMAGE_WIDTH = 1200

/** A photo in the widths the backend resizes to; a drawing (SVG) as it is, at any width. */
const srcSetOf = (url: string) => photoSrcSet(url) ?? `${url} ${IMAGE_WIDTH}w`
/** Full width on phones, about half the page beside the details from `lg` up. */
const MAIN_SIZES = "(min-width: 1024px) 36rem, 100vw"

/** One large photo and, when there are more, buttons to show each; extra photos load lazily. */
export function ProductGallery({ title, images }: ProductGalleryProps) {
  const { t } = useTranslation()
  const [selected, setSelected] = useState(0)
  const current = images[selected] ?? images[0]
  if (!current) {
    return (
      <div className="flex aspect-square w-full items-center justify-center rounded-lg bg-stone-100 text-stone-600">
        {t("catalogue.noImage")}
      </div>
    )
  }
  return (
    <section aria-label={t("product.gallery", { title })}>
      <img
        src={current.url}
        srcSet={srcSetOf(current.url)}
        sizes={MAIN_SIZES}
        alt={t("product.photoAlt", { index: selected + 1, count: images.length, title })}
        width={IMAGE_WIDTH}
        height={IMAGE_WIDTH}
        // The first photo is the page's largest content: loaded at once; the others when chosen.
        loading={selected === 0 ? "eager" : "lazy"}
        decoding="async"
        className="aspect-square w-full rounded-lg bg-stone-100 object-cover"
      />
      {images.length > 1 ? (
        <ul className="mt-3 grid grid-cols-5 gap-2">
          {images.map((image, index) => (
            <li key={image.id}>
              <button
                type="button"
                aria-pressed={index === selected}
                onClick={() => setSelected(index)}
                className="block w-full overflow-hidden rounded-md border-2 border-transparent focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-red-800 aria-pressed:border-red-800"
              >
                <img
                  src={image.url}
                  srcSet={srcSetOf(image.url)}
                  sizes="(min-width: 1024px) 7rem, 20vw"
                  alt={t("product.showPhoto", { index: index + 1 })}
                  width={120}
                  height={120}
                  loading="lazy"
                  decoding="async"
                  className="aspect-square w-full bg-stone-100 object-cover"
                />
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  )
}
