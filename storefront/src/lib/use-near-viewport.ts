import { useEffect, useState, type RefObject } from "react"

/**
 * Whether an element has come within `margin` of the viewport: content below the fold is asked
 * for only when the shopper scrolls (or tabs) towards it. Stays true once reached, and is true
 * at once where the browser has no IntersectionObserver.
 */
export function useNearViewport(ref: RefObject<Element | null>, margin = "400px"): boolean {
  const [isNear, setIsNear] = useState(() => typeof IntersectionObserver === "undefined")
  useEffect(() => {
    const element = ref.current
    if (isNear || !element) return
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) setIsNear(true)
      },
      { rootMargin: margin }
    )
    observer.observe(element)
    return () => observer.disconnect()
  }, [ref, margin, isNear])
  return isNear
}
