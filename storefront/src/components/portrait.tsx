import { photoSrcSet } from "@/lib/photo-sizes"

/** "Sok Chanthy" is "SC"; a name without letters we can take gives none. */
export function initialsOf(name: string): string {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((word) => Array.from(word)[0] ?? "")
    .join("")
    .toUpperCase()
}

type PortraitProps = { name: string; url: string | null; alt: string; size: "md" | "lg" }

/** A maker's portrait, or their initials when there is none. */
export function Portrait({ name, url, alt, size }: PortraitProps) {
  const box = size === "lg" ? "size-32 text-3xl" : "size-18 text-xl"
  const pixels = size === "lg" ? 128 : 72
  return url ? (
    <img
      src={url}
      srcSet={photoSrcSet(url)}
      sizes={`${pixels}px`}
      alt={alt}
      width={pixels}
      height={pixels}
      loading="lazy"
      decoding="async"
      className={`${box} shrink-0 rounded-full bg-stone-100 object-cover`}
    />
  ) : (
    <span
      aria-hidden="true"
      className={`${box} flex shrink-0 items-center justify-center rounded-full bg-amber-100 font-semibold text-amber-950`}
    >
      {initialsOf(name)}
    </span>
  )
}
