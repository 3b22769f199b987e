import type { CraftCode } from "@sipakam/shared"
import { seededRandom } from "../random"
import { ARTWORK_PIXELS, escapeXml, round, SIZE, type ArtworkSpec, type Renderer } from "./svg"
import { renderBackstrap, renderHol, renderKrama, renderPhamuong } from "./textiles"
import { renderBasket, renderPottery } from "./fibre-and-clay"
import { renderLacquer, renderSilver, renderStone, renderWood } from "./metal-stone-wood"
import { renderInstrument, renderSbek } from "./performing-arts"

export { ARTWORK_PIXELS, type ArtworkSpec } from "./svg"

const RENDERERS: Record<CraftCode, Renderer> = {
  "hol-silk": renderHol,
  "phamuong-silk": renderPhamuong,
  "cotton-krama": renderKrama,
  "backstrap-weaving": renderBackstrap,
  basketry: renderBasket,
  pottery: renderPottery,
  silverwork: renderSilver,
  "stone-carving": renderStone,
  "wood-carving": renderWood,
  lacquer: renderLacquer,
  "sbek-thom": renderSbek,
  "musical-instruments": renderInstrument,
}

/**
 * The SVG for one view of a product: view 0 is the whole piece, later views are close-ups of
 * the same drawing at different places.
 */
export function renderArtwork(spec: ArtworkSpec, view: number): string {
  const drawing = RENDERERS[spec.craft](spec, seededRandom(spec.seed))
  let viewBox = `0 0 ${SIZE} ${SIZE}`
  if (view > 0) {
    const detail = seededRandom(spec.seed + view)
    const size = view === 1 ? 300 : 220
    const x = 150 - size / 2 + detail() * 300
    const y = 150 - size / 2 + detail() * 300
    viewBox = `${round(x)} ${round(y)} ${size} ${size}`
  }
  const label = escapeXml(view > 0 ? `${spec.title}, detail` : spec.title)
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${viewBox}" width="${ARTWORK_PIXELS}" height="${ARTWORK_PIXELS}" role="img" aria-label="${label}">` +
    (drawing.defs ? `<defs>${drawing.defs}</defs>` : "") +
    drawing.body +
    "</svg>"
  )
}
