/**
 * Makes everything on the page but `element` (and its ancestors) inert: nothing outside can be
 * focused, clicked or read by a screen reader, which is what a modal dialog needs. Returns the
 * function that undoes it.
 */
export function makeOutsideInert(element: HTMLElement): () => void {
  const made: HTMLElement[] = []
  for (let node: HTMLElement | null = element; node && node !== document.body; node = node.parentElement) {
    const parent: HTMLElement | null = node.parentElement
    if (!parent) break
    for (const sibling of Array.from(parent.children)) {
      if (sibling !== node && sibling instanceof HTMLElement && !sibling.hasAttribute("inert")) {
        sibling.setAttribute("inert", "")
        made.push(sibling)
      }
    }
  }
  return () => {
    for (const sibling of made) sibling.removeAttribute("inert")
  }
}
