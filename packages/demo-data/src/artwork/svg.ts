import type { CraftCode } from "@sipakam/shared"

/**
 * Craft-specific SVG artwork for the demo catalogue, drawn at seed time so the demo needs no
 * external images. Everything is derived from the spec, so a product always gets the same art.
 */
export type ArtworkSpec = {
  craft: CraftCode
  shape: string
  design: string
  seed: number
  title: string
}

export type Rng = () => number
export type Attrs = Record<string, string | number | undefined>
export type Drawing = { defs?: string; body: string }
export type Renderer = (spec: ArtworkSpec, rng: Rng) => Drawing

export const SIZE = 600
/** The width and height of every drawing as an image, in pixels (the view box is SIZE units). */
export const ARTWORK_PIXELS = 800

export const round = (n: number) => Math.round(n * 10) / 10

export function tag(name: string, attrs: Attrs, children = ""): string {
  const rendered = Object.entries(attrs)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => ` ${key}="${typeof value === "number" ? round(value) : value}"`)
    .join("")
  return children ? `<${name}${rendered}>${children}</${name}>` : `<${name}${rendered}/>`
}

export function pick<T>(rng: Rng, list: readonly T[]): T {
  return list[Math.floor(rng() * list.length)]
}

export function range(count: number): number[] {
  return Array.from({ length: count }, (_, i) => i)
}

export function points(list: [number, number][]): string {
  return list.map(([x, y]) => `${round(x)},${round(y)}`).join(" ")
}

export function diamond(cx: number, cy: number, rx: number, ry = rx): string {
  return points([
    [cx, cy - ry],
    [cx + rx, cy],
    [cx, cy + ry],
    [cx - rx, cy],
  ])
}

/** Blends two #rgb or #rrggbb colours. */
export function mix(a: string, b: string, t: number): string {
  const long = (hex: string) =>
    hex.length === 4 ? `#${[...hex.slice(1)].map((c) => c + c).join("")}` : hex
  const channel = (hex: string, i: number) => parseInt(long(hex).slice(1 + i * 2, 3 + i * 2), 16)
  return `#${range(3)
    .map((i) => Math.round(channel(a, i) * (1 - t) + channel(b, i) * t))
    .map((value) => value.toString(16).padStart(2, "0"))
    .join("")}`
}

export function escapeXml(value: string): string {
  return value
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
}

export function linearGradient(id: string, stops: string[], x2 = 1, y2 = 1): string {
  const children = stops
    .map((color, i) =>
      tag("stop", { offset: `${Math.round((i / (stops.length - 1)) * 100)}%`, "stop-color": color })
    )
    .join("")
  return tag("linearGradient", { id, x1: 0, y1: 0, x2, y2 }, children)
}

export function radialGradient(id: string, stops: string[], cx = "50%", cy = "50%"): string {
  const children = stops
    .map((color, i) =>
      tag("stop", { offset: `${Math.round((i / (stops.length - 1)) * 100)}%`, "stop-color": color })
    )
    .join("")
  return tag("radialGradient", { id, cx, cy, r: "70%" }, children)
}

export function shadow(cx: number, cy: number, rx: number): string {
  return tag("ellipse", { cx, cy, rx, ry: rx * 0.14, fill: "#000", opacity: 0.16 })
}

/** A smooth (Catmull-Rom) curve through points, as path segments after a move to the first. */
export function smoothCurve(list: [number, number][]): string {
  return list
    .slice(1)
    .map((p2, i) => {
      const p1 = list[i]
      const p0 = list[i - 1] ?? p1
      const p3 = list[i + 2] ?? p2
      const c1 = [p1[0] + (p2[0] - p0[0]) / 6, p1[1] + (p2[1] - p0[1]) / 6]
      const c2 = [p2[0] - (p3[0] - p1[0]) / 6, p2[1] - (p3[1] - p1[1]) / 6]
      return `C${round(c1[0])},${round(c1[1])} ${round(c2[0])},${round(c2[1])} ${round(p2[0])},${round(p2[1])}`
    })
    .join(" ")
}

/** A closed path through a symmetric profile of [y, half-width] pairs around x = cx. */
export function profilePath(cx: number, profile: [number, number][]): string {
  const right = profile.map(([y, w]) => [cx + w, y] as [number, number])
  const left = [...profile].reverse().map(([y, w]) => [cx - w, y] as [number, number])
  return `M${round(right[0][0])},${round(right[0][1])} ${smoothCurve(right)} L${round(left[0][0])},${round(left[0][1])} ${smoothCurve(left)} Z`
}
