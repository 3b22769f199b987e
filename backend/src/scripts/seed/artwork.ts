import type { CraftCode } from "@sipakam/shared"
import { seededRandom } from "./random"

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

type Rng = () => number
type Attrs = Record<string, string | number | undefined>
type Drawing = { defs?: string; body: string }
type Renderer = (spec: ArtworkSpec, rng: Rng) => Drawing

const SIZE = 600
/** The width and height of every drawing as an image, in pixels (the view box is SIZE units). */
export const ARTWORK_PIXELS = 800

const round = (n: number) => Math.round(n * 10) / 10

function tag(name: string, attrs: Attrs, children = ""): string {
  const rendered = Object.entries(attrs)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => ` ${key}="${typeof value === "number" ? round(value) : value}"`)
    .join("")
  return children ? `<${name}${rendered}>${children}</${name}>` : `<${name}${rendered}/>`
}

function pick<T>(rng: Rng, list: readonly T[]): T {
  return list[Math.floor(rng() * list.length)]
}

function range(count: number): number[] {
  return Array.from({ length: count }, (_, i) => i)
}

function points(list: [number, number][]): string {
  return list.map(([x, y]) => `${round(x)},${round(y)}`).join(" ")
}

function diamond(cx: number, cy: number, rx: number, ry = rx): string {
  return points([
    [cx, cy - ry],
    [cx + rx, cy],
    [cx, cy + ry],
    [cx - rx, cy],
  ])
}

/** Blends two #rgb or #rrggbb colours. */
function mix(a: string, b: string, t: number): string {
  const long = (hex: string) =>
    hex.length === 4 ? `#${[...hex.slice(1)].map((c) => c + c).join("")}` : hex
  const channel = (hex: string, i: number) => parseInt(long(hex).slice(1 + i * 2, 3 + i * 2), 16)
  return `#${range(3)
    .map((i) => Math.round(channel(a, i) * (1 - t) + channel(b, i) * t))
    .map((value) => value.toString(16).padStart(2, "0"))
    .join("")}`
}

function escapeXml(value: string): string {
  return value
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
}

function linearGradient(id: string, stops: string[], x2 = 1, y2 = 1): string {
  const children = stops
    .map((color, i) =>
      tag("stop", { offset: `${Math.round((i / (stops.length - 1)) * 100)}%`, "stop-color": color })
    )
    .join("")
  return tag("linearGradient", { id, x1: 0, y1: 0, x2, y2 }, children)
}

function radialGradient(id: string, stops: string[], cx = "50%", cy = "50%"): string {
  const children = stops
    .map((color, i) =>
      tag("stop", { offset: `${Math.round((i / (stops.length - 1)) * 100)}%`, "stop-color": color })
    )
    .join("")
  return tag("radialGradient", { id, cx, cy, r: "70%" }, children)
}

function shadow(cx: number, cy: number, rx: number): string {
  return tag("ellipse", { cx, cy, rx, ry: rx * 0.14, fill: "#000", opacity: 0.16 })
}

/** A smooth (Catmull-Rom) curve through points, as path segments after a move to the first. */
function smoothCurve(list: [number, number][]): string {
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
function profilePath(cx: number, profile: [number, number][]): string {
  const right = profile.map(([y, w]) => [cx + w, y] as [number, number])
  const left = [...profile].reverse().map(([y, w]) => [cx - w, y] as [number, number])
  return `M${round(right[0][0])},${round(right[0][1])} ${smoothCurve(right)} L${round(left[0][0])},${round(left[0][1])} ${smoothCurve(left)} Z`
}

// ---------------------------------------------------------------- textiles

const HOL_PALETTES = [
  ["#7a1f2b", "#e9c46a", "#1f3b63", "#f3e9d2", "#2b1d1a"],
  ["#1f3b63", "#f3e9d2", "#b5342e", "#e0a526", "#13233d"],
  ["#3d2a1e", "#d9a441", "#8c2f39", "#efe3c7", "#1c130d"],
  ["#2f5d50", "#f2d38a", "#9b2d30", "#f6eddc", "#1d3a32"],
  ["#5b2a4e", "#f0c36d", "#2e5e7e", "#f4e8d8", "#321729"],
]

const IKAT_FILTER =
  '<filter id="ikat" x="-5%" y="-5%" width="110%" height="110%">' +
  '<feTurbulence type="fractalNoise" baseFrequency="0.004 0.22" numOctaves="2" seed="7"/>' +
  '<feColorMatrix type="matrix" values="1 0 0 0 0 0 1 0 0 0 0 0 1 0 0 0 0 0 0 0.5"/>' +
  '<feDisplacementMap in="SourceGraphic" scale="14" xChannelSelector="R" yChannelSelector="A"/>' +
  "</filter>"

function holMotif(design: string, cx: number, cy: number, s: number, c: string[]): string {
  switch (design) {
    case "jasmine-flower":
      return (
        tag("polygon", {
          points: diamond(cx, cy, s * 0.48),
          fill: "none",
          stroke: c[2],
          "stroke-width": 5,
        }) +
        range(8)
          .map((i) => {
            const a = (i * Math.PI) / 4
            return tag("circle", {
              cx: cx + Math.cos(a) * s * 0.17,
              cy: cy + Math.sin(a) * s * 0.17,
              r: s * 0.08,
              fill: c[1],
            })
          })
          .join("") +
        tag("circle", { cx, cy, r: s * 0.07, fill: c[3] })
      )
    case "temple-step": {
      const step = s * 0.1
      const tiers = range(4).map((i) => {
        const w = s * 0.45 - i * step
        return tag("rect", {
          x: cx - w,
          y: cy + s * 0.3 - (i + 1) * step * 1.4,
          width: w * 2,
          height: step * 1.4,
          fill: i % 2 ? c[3] : c[1],
        })
      })
      return (
        tiers.join("") +
        tag("polygon", { points: diamond(cx, cy - s * 0.32, step, step * 1.2), fill: c[2] })
      )
    }
    case "bird-and-vine": {
      const bird = `M${cx - s * 0.3},${cy} q${s * 0.15},${-s * 0.25} ${s * 0.35},${-s * 0.08} l${s * 0.12},${-s * 0.08} l${-s * 0.02},${s * 0.14} q${-s * 0.15},${s * 0.22} ${-s * 0.45},${s * 0.02} z`
      return (
        tag("path", { d: bird, fill: c[1] }) +
        tag("circle", { cx: cx + s * 0.12, cy: cy - s * 0.13, r: s * 0.04, fill: c[3] }) +
        tag("path", {
          d: `M${cx - s * 0.45},${cy + s * 0.3} q${s * 0.22},${-s * 0.18} ${s * 0.45},0 t${s * 0.45},0`,
          fill: "none",
          stroke: c[2],
          "stroke-width": 6,
        })
      )
    }
    case "lotus-bud":
      return (
        tag("path", {
          d: `M${cx},${cy - s * 0.38} C${cx + s * 0.3},${cy - s * 0.1} ${cx + s * 0.2},${cy + s * 0.22} ${cx},${cy + s * 0.25} C${cx - s * 0.2},${cy + s * 0.22} ${cx - s * 0.3},${cy - s * 0.1} ${cx},${cy - s * 0.38} Z`,
          fill: c[1],
        }) +
        tag("path", {
          d: `M${cx},${cy - s * 0.2} L${cx},${cy + s * 0.2}`,
          stroke: c[2],
          "stroke-width": 4,
        }) +
        range(5)
          .map((i) =>
            tag("circle", {
              cx: cx - s * 0.4 + i * s * 0.2,
              cy: cy + s * 0.42,
              r: s * 0.035,
              fill: c[3],
            })
          )
          .join("")
      )
    case "raindrop":
      return range(3)
        .map((i) =>
          tag("polygon", {
            points: diamond(
              cx - s * 0.25 + i * s * 0.25,
              cy - s * 0.25 + i * s * 0.25,
              s * 0.11,
              s * 0.16
            ),
            fill: i === 1 ? c[3] : c[1],
          })
        )
        .join("")
    default:
      return (
        tag("polygon", { points: diamond(cx, cy, s * 0.5), fill: c[1] }) +
        tag("polygon", { points: diamond(cx, cy, s * 0.34), fill: c[2] }) +
        tag("polygon", { points: diamond(cx, cy, s * 0.17), fill: c[3] })
      )
  }
}

const renderHol: Renderer = (spec, rng) => {
  const p = pick(rng, HOL_PALETTES)
  const cell = pick(rng, [90, 100, 120])
  // One tile holds a motif and the half-dropped motif of the next row, split over its edges.
  const tile = tag(
    "pattern",
    {
      id: "motif",
      width: cell,
      height: cell * 2,
      patternUnits: "userSpaceOnUse",
      patternTransform: "translate(0 40)",
    },
    holMotif(spec.design, cell / 2, cell / 2, cell, p) +
      holMotif(spec.design, 0, cell * 1.5, cell, p) +
      holMotif(spec.design, cell, cell * 1.5, cell, p)
  )
  const border = (y: number) =>
    tag("rect", { x: 0, y, width: SIZE, height: 44, fill: p[4] }) +
    range(SIZE / 20)
      .map((i) =>
        tag("polygon", { points: diamond(i * 20 + 10, y + 22, 8, 12), fill: i % 2 ? p[1] : p[3] })
      )
      .join("")
  return {
    defs: IKAT_FILTER + tile,
    body:
      tag("rect", { width: SIZE, height: SIZE, fill: p[0] }) +
      tag("rect", { width: SIZE, height: SIZE, fill: "url(#motif)", filter: "url(#ikat)" }) +
      border(0) +
      border(SIZE - 44),
  }
}

const PHAMUONG_COLOURS: Record<string, [string, string]> = {
  "peacock-shot": ["#1d4e89", "#1f8a70"],
  "lac-crimson": ["#7d1128", "#b8323f"],
  "golden-silk": ["#c8922a", "#f0cf6a"],
  "ebony-black": ["#1b1a1f", "#43394a"],
}

const renderPhamuong: Renderer = (spec, rng) => {
  const [a, b] = PHAMUONG_COLOURS[spec.design] ?? pick(rng, Object.values(PHAMUONG_COLOURS))
  const defs =
    linearGradient("sheen", [a, b, a, b]) +
    tag(
      "pattern",
      {
        id: "twill",
        width: 7,
        height: 7,
        patternUnits: "userSpaceOnUse",
        patternTransform: "rotate(35)",
      },
      tag("rect", { width: 3, height: 7, fill: "#fff", opacity: 0.07 })
    )
  const folds = range(4)
    .map((i) => {
      const x = 80 + i * 140 + rng() * 40
      return tag("path", {
        d: `M${x},0 C${x + 60},200 ${x - 40},400 ${x + 30},${SIZE}`,
        stroke: "#fff",
        "stroke-width": 30 + rng() * 30,
        opacity: 0.08,
        fill: "none",
      })
    })
    .join("")
  const border =
    spec.design === "kbach-border"
      ? tag("rect", { x: 0, y: 470, width: SIZE, height: 90, fill: mix(a, "#000000", 0.35) }) +
        range(12)
          .map((i) => {
            const x = i * 50 + 25
            return tag("path", {
              d: `M${x - 18},548 Q${x - 20},505 ${x},480 Q${x + 20},505 ${x + 18},548 Q${x},530 ${x - 18},548 Z`,
              fill: "#e2b74a",
            })
          })
          .join("") +
        tag("rect", { x: 0, y: 466, width: SIZE, height: 6, fill: "#e2b74a" }) +
        tag("rect", { x: 0, y: 558, width: SIZE, height: 6, fill: "#e2b74a" })
      : ""
  return {
    defs,
    body:
      tag("rect", { width: SIZE, height: SIZE, fill: "url(#sheen)" }) +
      tag("rect", { width: SIZE, height: SIZE, fill: "url(#twill)" }) +
      folds +
      border,
  }
}

const KRAMA_COLOURS: Record<string, string[]> = {
  "red-and-white": ["#b3202a", "#f4efe6"],
  "blue-and-white": ["#1f3f7a", "#f1efe8"],
  "rice-green": ["#3f8f3a", "#e9cf4a"],
  "black-and-gold": ["#1b1b1b", "#d6a51e"],
  "new-year-stripe": ["#d62828", "#fcbf49", "#2a9d8f", "#f77f00", "#264653"],
}

const renderKrama: Renderer = (spec, rng) => {
  const colours = KRAMA_COLOURS[spec.design] ?? pick(rng, Object.values(KRAMA_COLOURS))
  const ground = colours.length > 2 ? "#f3ede2" : colours[1]
  const band = pick(rng, [40, 48, 56])
  const stripes: string[] = []
  for (let i = 0; i * band < SIZE; i++) {
    if (i % 2) continue
    const color = colours.length > 2 ? colours[(i / 2) % colours.length] : colours[0]
    stripes.push(
      tag("rect", { x: i * band, y: 0, width: band, height: 530, fill: color, opacity: 0.75 })
    )
    stripes.push(
      tag("rect", { x: 0, y: i * band, width: SIZE, height: band, fill: color, opacity: 0.6 })
    )
    stripes.push(
      tag("rect", {
        x: i * band + band * 1.45,
        y: 0,
        width: 4,
        height: 530,
        fill: color,
        opacity: 0.8,
      })
    )
  }
  const fringe = range(75)
    .map((i) => {
      const x = 4 + i * 8
      return tag("path", {
        d: `M${x},530 q${rng() * 6 - 3},30 ${rng() * 8 - 4},${50 + rng() * 14}`,
        stroke: i % 3 ? colours[0] : ground,
        "stroke-width": 3,
        fill: "none",
      })
    })
    .join("")
  return {
    body:
      tag("rect", { width: SIZE, height: SIZE, fill: "#efe7d6" }) +
      tag("rect", { width: SIZE, height: 530, fill: ground }) +
      stripes.join("") +
      tag("rect", { x: 0, y: 522, width: SIZE, height: 8, fill: colours[0] }) +
      fringe,
  }
}

const renderBackstrap: Renderer = (spec, rng) => {
  const undyed = spec.design === "undyed-cotton"
  const ground = undyed ? "#efe4cc" : pick(rng, ["#1c1f2b", "#221612", "#162032"])
  const red = pick(rng, ["#b3262d", "#c0392b", "#9e1f2a"])
  const parts: string[] = [tag("rect", { width: SIZE, height: SIZE, fill: ground })]
  for (let y = 30; y < SIZE; y += 120) {
    if (undyed) {
      parts.push(tag("rect", { x: 0, y, width: SIZE, height: 5, fill: "#23407a" }))
      continue
    }
    parts.push(tag("rect", { x: 0, y, width: SIZE, height: 26, fill: red }))
    parts.push(tag("rect", { x: 0, y: y + 30, width: SIZE, height: 5, fill: "#e8b923" }))
    const my = y + 70
    switch (spec.design) {
      case "bead-band":
        range(40).forEach((i) =>
          parts.push(tag("circle", { cx: i * 15 + 7, cy: my, r: 5, fill: "#f5f1e6" }))
        )
        range(40).forEach((i) =>
          parts.push(
            tag("circle", { cx: i * 15, cy: my + 16, r: 3, fill: "#f5f1e6", opacity: 0.8 })
          )
        )
        break
      case "river-zigzag":
        parts.push(
          tag("polyline", {
            points: points(
              range(31).map((i) => [i * 20, my + (i % 2 ? -14 : 14)] as [number, number])
            ),
            fill: "none",
            stroke: "#f3e6c4",
            "stroke-width": 6,
          })
        )
        break
      case "forest-diamond":
        range(20).forEach((i) =>
          parts.push(
            tag("polygon", {
              points: diamond(i * 30 + 15, my, 11, 15),
              fill: i % 2 ? "#e8b923" : "#f5f1e6",
            })
          )
        )
        break
      default:
        parts.push(
          tag("rect", { x: 0, y: my - 12, width: SIZE, height: 24, fill: red, opacity: 0.85 })
        )
    }
  }
  parts.push(
    tag(
      "g",
      { opacity: undyed ? 0.12 : 0.08 },
      range(150)
        .map((i) =>
          tag("rect", {
            x: i * 4,
            y: 0,
            width: 1.5,
            height: SIZE,
            fill: undyed ? "#8a7a5a" : "#fff",
          })
        )
        .join("")
    )
  )
  return { body: parts.join("") }
}

// ---------------------------------------------------------------- basketry

const FIBRE_PALETTES = [
  { bg: "#f1e6d2", light: "#d9b87c", dark: "#9c6b34", inside: "#5a3a1c" },
  { bg: "#e8efe4", light: "#e2c68c", dark: "#a8773d", inside: "#5e4124" },
  { bg: "#f6e9e0", light: "#cfa86a", dark: "#7e5326", inside: "#4a2f16" },
]

function weavePattern(design: string, light: string, dark: string): string {
  const p = (children: string, w = 24, h = 24, transform?: string) =>
    tag(
      "pattern",
      {
        id: "weave",
        width: w,
        height: h,
        patternUnits: "userSpaceOnUse",
        patternTransform: transform,
      },
      children
    )
  switch (design) {
    case "open-hexagon":
      return p(
        tag("path", {
          d: "M0,12 L7,0 L21,0 L28,12 L21,24 L7,24 Z M28,12 L35,12",
          fill: "none",
          stroke: light,
          "stroke-width": 4,
        }),
        42,
        24
      )
    case "two-tone":
      return p(
        tag("rect", { width: 24, height: 24, fill: light }) +
          tag("rect", { width: 12, height: 12, fill: dark }) +
          tag("rect", { x: 12, y: 12, width: 12, height: 12, fill: dark }),
        24,
        24,
        "rotate(45)"
      )
    case "twill-weave":
      return p(
        tag("rect", { width: 24, height: 24, fill: dark }) +
          range(4)
            .map((i) =>
              tag("rect", { x: i * 6, y: i * 6, width: 14, height: 5, rx: 2, fill: light })
            )
            .join("") +
          tag("rect", { x: 0, y: 18, width: 8, height: 5, rx: 2, fill: light })
      )
    default:
      return p(
        tag("rect", { width: 24, height: 24, fill: dark }) +
          tag("rect", { x: 1, y: 1, width: 10, height: 10, rx: 3, fill: light }) +
          tag("rect", { x: 13, y: 13, width: 10, height: 10, rx: 3, fill: light }) +
          tag("rect", { x: 13, y: 1, width: 10, height: 10, rx: 3, fill: mix(light, dark, 0.3) }) +
          tag("rect", { x: 1, y: 13, width: 10, height: 10, rx: 3, fill: mix(light, dark, 0.3) }),
        24,
        24,
        "rotate(12)"
      )
  }
}

function basketShape(shape: string): { outline: string; extra: string; base: number } {
  switch (shape) {
    case "back-basket":
      return {
        outline: "M185,140 L415,140 L372,520 Q300,548 228,520 Z",
        extra:
          '<path d="M200,150 C150,260 170,380 235,430 M400,150 C450,260 430,380 365,430" fill="none" stroke="#6b4423" stroke-width="10"/>',
        base: 530,
      }
    case "lidded":
      return {
        outline: "M170,300 Q170,500 300,510 Q430,500 430,300 Q430,240 300,240 Q170,240 170,300 Z",
        extra:
          '<path d="M180,250 Q300,150 420,250 Z" fill="url(#weave)" stroke="#6b4423" stroke-width="6"/><circle cx="300" cy="190" r="14" fill="#6b4423"/>',
        base: 515,
      }
    case "tray":
      return {
        outline: "M300,90 A210,210 0 1 1 299.9,90 Z",
        extra: '<circle cx="300" cy="300" r="210" fill="none" stroke="#6b4423" stroke-width="14"/>',
        base: 520,
      }
    case "bag":
      return {
        outline: "M160,290 Q160,500 300,505 Q440,500 440,290 Z",
        extra:
          '<path d="M215,290 Q215,150 300,150 Q385,150 385,290" fill="none" stroke="#6b4423" stroke-width="14"/><circle cx="300" cy="320" r="13" fill="#3b2614"/>',
        base: 510,
      }
    default:
      return {
        outline: "M180,250 L420,250 L420,500 L180,500 Z",
        extra:
          '<rect x="168" y="205" width="264" height="50" rx="6" fill="url(#weave)" stroke="#6b4423" stroke-width="6"/>',
        base: 505,
      }
  }
}

const renderBasket: Renderer = (spec, rng) => {
  const palette = pick(rng, FIBRE_PALETTES)
  const { outline, extra, base } = basketShape(spec.shape)
  const coils =
    spec.design === "coiled"
      ? range(40)
          .map((i) =>
            tag("ellipse", {
              cx: 300,
              cy: 300,
              rx: 20 + i * 12,
              ry: 14 + i * 12,
              fill: "none",
              stroke: i % 2 ? palette.light : palette.dark,
              "stroke-width": 8,
            })
          )
          .join("")
      : ""
  return {
    defs:
      weavePattern(spec.design, palette.light, palette.dark) +
      tag("clipPath", { id: "basket" }, tag("path", { d: outline })),
    body:
      tag("rect", { width: SIZE, height: SIZE, fill: palette.bg }) +
      shadow(300, base + 10, 200) +
      tag("path", { d: outline, fill: palette.inside }) +
      tag("path", { d: outline, fill: spec.design === "coiled" ? palette.light : "url(#weave)" }) +
      tag("g", { "clip-path": "url(#basket)" }, coils) +
      tag("path", { d: outline, fill: "none", stroke: "#6b4423", "stroke-width": 6 }) +
      extra,
  }
}

// ---------------------------------------------------------------- pottery

const POT_PROFILES: Record<string, [number, number][]> = {
  jar: [
    [170, 52],
    [205, 44],
    [250, 112],
    [330, 160],
    [430, 140],
    [500, 80],
    [520, 66],
  ],
  pot: [
    [230, 122],
    [250, 112],
    [290, 160],
    [360, 186],
    [440, 150],
    [490, 92],
    [505, 72],
  ],
  vase: [
    [140, 34],
    [175, 24],
    [230, 24],
    [320, 66],
    [420, 78],
    [485, 58],
    [515, 44],
  ],
  bowl: [
    [300, 210],
    [330, 204],
    [390, 170],
    [440, 112],
    [460, 80],
  ],
}

const POT_FILLS: Record<string, [string, string]> = {
  "smoke-fired": ["#b5653a", "#6d3a22"],
  "incised-band": ["#c47a4a", "#8a4a2a"],
  "red-slip": ["#a3352a", "#5e1c15"],
  "ash-glazed": ["#b8c9a4", "#6f876a"],
  "natural-clay": ["#d49a6a", "#9b6440"],
}

function potDecoration(design: string, rng: Rng): string {
  switch (design) {
    case "smoke-fired":
      return range(7)
        .map(() =>
          tag("ellipse", {
            cx: 150 + rng() * 300,
            cy: 220 + rng() * 260,
            rx: 40 + rng() * 60,
            ry: 25 + rng() * 40,
            fill: "#1d120c",
            opacity: 0.35,
            filter: "url(#soft)",
          })
        )
        .join("")
    case "incised-band":
      return (
        tag("path", {
          d: `M80,320 ${range(22)
            .map((i) => `q10,${i % 2 ? 14 : -14} 20,0`)
            .join(" ")}`,
          fill: "none",
          stroke: "#4a2414",
          "stroke-width": 4,
          opacity: 0.7,
        }) +
        range(24)
          .map((i) =>
            tag("circle", { cx: 80 + i * 20, cy: 350, r: 3.5, fill: "#4a2414", opacity: 0.6 })
          )
          .join("")
      )
    case "ash-glazed":
      return range(9)
        .map((i) => {
          const x = 150 + i * 35 + rng() * 10
          return tag("path", {
            d: `M${x},200 L${x},${320 + rng() * 90} q6,16 12,0 L${x + 12},200 Z`,
            fill: "#e6eedc",
            opacity: 0.35,
          })
        })
        .join("")
    case "natural-clay":
      return range(40)
        .map(() =>
          tag("path", {
            d: `M${120 + rng() * 360},${220 + rng() * 280} q12,-8 24,0`,
            stroke: "#6e4326",
            "stroke-width": 2,
            fill: "none",
            opacity: 0.25,
          })
        )
        .join("")
    default:
      return ""
  }
}

const renderPottery: Renderer = (spec, rng) => {
  const [light, dark] = POT_FILLS[spec.design] ?? pick(rng, Object.values(POT_FILLS))
  const bg = pick(rng, ["#f3ece2", "#e9eef0", "#f4efe4", "#efe9f1"])
  const defs =
    linearGradient("clay", [mix(light, "#ffffff", 0.15), light, dark], 1, 0) +
    '<filter id="soft"><feGaussianBlur stdDeviation="14"/></filter>'
  const pots: string[] = []
  const clips: string[] = []
  const placements: { cx: number; scale: number; profile: [number, number][] }[] =
    spec.shape === "cups"
      ? [170, 300, 430].map((cx) => ({
          cx,
          scale: 1,
          profile: [
            [340, 62],
            [360, 60],
            [430, 52],
            [470, 44],
          ],
        }))
      : [{ cx: 300, scale: 1, profile: POT_PROFILES[spec.shape] ?? POT_PROFILES.jar }]
  placements.forEach(({ cx, profile }, i) => {
    const d = profilePath(cx, profile)
    clips.push(tag("clipPath", { id: `pot${i}` }, tag("path", { d })))
    const top = profile[0]
    pots.push(
      shadow(cx, profile[profile.length - 1][0] + 4, profile[profile.length - 1][1] * 1.6) +
        tag("path", { d, fill: "url(#clay)" }) +
        tag("g", { "clip-path": `url(#pot${i})` }, potDecoration(spec.design, rng)) +
        tag("ellipse", {
          cx,
          cy: top[0],
          rx: top[1],
          ry: Math.max(6, top[1] * 0.22),
          fill: mix(dark, "#000000", 0.45),
        }) +
        tag("path", {
          d: `M${cx - profile[1][1] * 0.5},${top[0] + 30} q-${profile[1][1] * 0.4},120 0,200`,
          stroke: "#fff",
          "stroke-width": 14,
          opacity: 0.14,
          fill: "none",
        })
    )
  })
  return {
    defs: defs + clips.join(""),
    body:
      tag("rect", { width: SIZE, height: SIZE, fill: bg }) +
      tag("rect", { y: 420, width: SIZE, height: 180, fill: mix(bg, "#8a7560", 0.12) }) +
      pots.join(""),
  }
}

// ---------------------------------------------------------------- silver

function silverShape(shape: string): string {
  switch (shape) {
    case "animal-box":
      return '<ellipse cx="300" cy="330" rx="160" ry="105"/><circle cx="475" cy="320" r="38"/><ellipse cx="200" cy="425" rx="34" ry="22"/><ellipse cx="400" cy="425" rx="34" ry="22"/>'
    case "bowl":
      return '<path d="M120,230 Q120,430 300,440 Q480,430 480,230 Z"/><path d="M250,438 L230,500 L370,500 L350,438 Z"/>'
    case "ring":
      return '<path fill-rule="evenodd" clip-rule="evenodd" d="M300,180 A180,120 0 1 1 299.9,180 Z M300,235 A125,70 0 1 0 300.1,235 Z"/>'
    case "earring":
      return '<path d="M215,200 C150,300 160,420 215,450 C270,420 280,300 215,200 Z"/><path d="M385,200 C320,300 330,420 385,450 C440,420 450,300 385,200 Z"/>'
    default:
      return '<rect x="190" y="290" width="220" height="190" rx="26"/><path d="M180,300 Q300,170 420,300 Z"/><circle cx="300" cy="212" r="18"/>'
  }
}

function silverDecoration(design: string, rng: Rng): string {
  const line = { fill: "none", stroke: "#4f565d", "stroke-width": 3, opacity: 0.7 }
  switch (design) {
    case "lotus-petal":
      return range(14)
        .map((i) =>
          tag("path", {
            d: `M${90 + i * 32},420 Q${106 + i * 32},330 ${122 + i * 32},420`,
            ...line,
          })
        )
        .join("")
    case "kbach-flame":
      return range(8)
        .map((i) =>
          tag("path", {
            d: `M${120 + i * 50},420 c-20,-40 30,-60 10,-110 c25,30 30,60 10,110`,
            ...line,
          })
        )
        .join("")
    case "beaded-rim":
      return range(60)
        .map((i) =>
          tag("circle", {
            cx: 60 + (i % 30) * 17,
            cy: i < 30 ? 300 : 440,
            r: 5,
            fill: "#fff",
            stroke: "#6f767d",
            "stroke-width": 1.5,
          })
        )
        .join("")
    case "apsara":
      return (
        tag("path", {
          d: "M300,270 l-14,36 h28 Z M300,320 c-30,20 -20,60 -36,70 M300,320 c30,20 20,60 36,70 M270,330 q30,-14 60,0 M290,390 l-20,70 h60 l-20,-70",
          ...line,
        }) + tag("circle", { cx: 300, cy: 318, r: 12, ...line })
      )
    default:
      return range(90)
        .map(() =>
          tag("ellipse", {
            cx: 100 + rng() * 400,
            cy: 180 + rng() * 320,
            rx: 9,
            ry: 6,
            fill: rng() > 0.5 ? "#ffffff" : "#59616a",
            opacity: 0.25,
          })
        )
        .join("")
  }
}

const renderSilver: Renderer = (spec, rng) => {
  const bg = pick(rng, ["#1f2a44", "#3b1f2b", "#1e3a34", "#2b2b33"])
  const shape = silverShape(spec.shape)
  return {
    defs:
      linearGradient("metal", ["#f6f8fa", "#a9b1b9", "#e7eaee", "#8b939b", "#d8dde2"]) +
      radialGradient("velvet", [mix(bg, "#ffffff", 0.12), bg]) +
      tag("clipPath", { id: "object" }, shape),
    body:
      tag("rect", { width: SIZE, height: SIZE, fill: "url(#velvet)" }) +
      shadow(300, 505, 190) +
      tag("g", { fill: "url(#metal)", stroke: "#6b737b", "stroke-width": 2 }, shape) +
      tag("g", { "clip-path": "url(#object)" }, silverDecoration(spec.design, rng)),
  }
}

// ---------------------------------------------------------------- carving

function figure(kind: string, cx: number, top: number, h: number): string {
  const s = h / 300
  const at = (x: number, y: number) => `${round(cx + x * s)},${round(top + y * s)}`
  switch (kind) {
    case "elephant":
      return `<path d="M${at(-120, 140)} Q${at(-120, 60)} ${at(-20, 60)} Q${at(90, 50)} ${at(110, 120)} Q${at(150, 160)} ${at(130, 260)} L${at(110, 260)} Q${at(115, 190)} ${at(95, 170)} L${at(90, 260)} L${at(60, 260)} L${at(55, 190)} L${at(-60, 195)} L${at(-65, 260)} L${at(-95, 260)} L${at(-100, 190)} Q${at(-125, 170)} ${at(-120, 140)} Z"/>`
    case "hanuman":
      return `<path d="M${at(0, 0)} L${at(-14, 40)} L${at(14, 40)} Z M${at(-40, 80)} Q${at(0, 30)} ${at(40, 80)} Q${at(40, 110)} ${at(0, 115)} Q${at(-40, 110)} ${at(-40, 80)} Z M${at(-50, 125)} L${at(50, 125)} L${at(80, 60)} L${at(95, 70)} L${at(60, 150)} L${at(40, 210)} L${at(90, 290)} L${at(60, 295)} L${at(0, 225)} L${at(-60, 295)} L${at(-90, 290)} L${at(-40, 210)} L${at(-60, 150)} Z M${at(40, 230)} Q${at(140, 230)} ${at(120, 140)} Q${at(110, 110)} ${at(95, 130)} Q${at(110, 200)} ${at(40, 215)} Z"/>`
    case "lotus":
      return (
        range(5)
          .map((i) => {
            const x = (i - 2) * 48
            return `<path d="M${at(x, 60 + Math.abs(i - 2) * 30)} Q${at(x + 45, 170)} ${at(x, 220)} Q${at(x - 45, 170)} ${at(x, 60 + Math.abs(i - 2) * 30)} Z"/>`
          })
          .join("") +
        `<path d="M${at(-150, 240)} Q${at(0, 200)} ${at(150, 240)} L${at(150, 262)} Q${at(0, 222)} ${at(-150, 262)} Z"/>`
      )
    case "face":
      return `<path d="M${at(-90, 40)} Q${at(0, -20)} ${at(90, 40)} L${at(100, 180)} Q${at(0, 300)} ${at(-100, 180)} Z"/>`
    case "scroll":
      return range(6)
        .map((i) => {
          const x = (i % 3) * 110 - 110
          const y = Math.floor(i / 3) * 130 + 40
          return `<path d="M${at(x - 40, y + 60)} C${at(x - 50, y)} ${at(x + 40, y - 10)} ${at(x + 30, y + 40)} C${at(x + 20, y + 70)} ${at(x - 10, y + 50)} ${at(x, y + 35)} C${at(x + 10, y + 30)} ${at(x + 15, y + 45)} ${at(x + 5, y + 50)} C${at(x + 50, y + 80)} ${at(x + 60, y + 100)} ${at(x + 40, y + 120)} Z"/>`
        })
        .join("")
    case "arches":
      return (
        range(3)
          .map(
            (i) =>
              `<path fill-rule="evenodd" d="M${at(-130 + i * 20, 280)} L${at(-130 + i * 20, 120 + i * 20)} A${round((130 - i * 20) * s)},${round((120 - i * 20) * s)} 0 0 1 ${at(130 - i * 20, 120 + i * 20)} L${at(130 - i * 20, 280)} L${at(110 - i * 20, 280)} L${at(110 - i * 20, 125 + i * 20)} A${round((110 - i * 20) * s)},${round((100 - i * 20) * s)} 0 0 0 ${at(-110 + i * 20, 125 + i * 20)} L${at(-110 + i * 20, 280)} Z"/>`
          )
          .join("") +
        `<circle cx="${round(cx)}" cy="${round(top + 190 * s)}" r="${round(36 * s)}"/>`
      )
    default:
      // A standing dancer: crown, head, arms in the classical curve, flared skirt.
      return `<path d="M${at(0, 0)} L${at(-16, 50)} L${at(16, 50)} Z"/><circle cx="${round(cx)}" cy="${round(top + 72 * s)}" r="${round(22 * s)}"/><path d="M${at(-22, 100)} L${at(22, 100)} L${at(14, 170)} L${at(60, 290)} L${at(-60, 290)} L${at(-14, 170)} Z M${at(-20, 108)} Q${at(-80, 120)} ${at(-70, 60)} L${at(-58, 60)} Q${at(-64, 108)} ${at(-16, 122)} Z M${at(20, 108)} Q${at(90, 140)} ${at(95, 190)} L${at(82, 192)} Q${at(70, 146)} ${at(16, 124)} Z"/>`
  }
}

const CARVING_MOTIFS: Record<string, string> = {
  apsara: "dancer",
  "bayon-style": "face",
  "banteay-srei": "scroll",
  "pre-angkorian": "arches",
  "kbach-scroll": "scroll",
  elephant: "elephant",
  lotus: "lotus",
  hanuman: "hanuman",
}

/** A motif in relief: a shadow offset down-right, then the raised surface. */
function relief(
  kind: string,
  cx: number,
  top: number,
  h: number,
  surface: string,
  shade: string
): string {
  const shape = figure(kind, cx, top, h)
  return (
    tag("g", { fill: shade, transform: "translate(5 6)", opacity: 0.8 }, shape) +
    tag("g", { fill: surface }, shape)
  )
}

function carvedObject(spec: ArtworkSpec, surface: string, shade: string, deep: string): string {
  const motif = CARVING_MOTIFS[spec.design]
  const motifIn = (cx: number, top: number, h: number) =>
    motif ? relief(motif, cx, top, h, surface, shade) : ""
  switch (spec.shape) {
    case "lotus":
      return shadow(300, 470, 170) + relief("lotus", 300, 150, 330, surface, deep)
    case "naga":
      return (
        shadow(300, 500, 180) +
        tag("rect", {
          x: 170,
          y: 430,
          width: 260,
          height: 60,
          rx: 6,
          fill: surface,
          stroke: deep,
          "stroke-width": 4,
        }) +
        tag("rect", {
          x: 268,
          y: 250,
          width: 64,
          height: 190,
          fill: surface,
          stroke: deep,
          "stroke-width": 4,
        }) +
        range(7)
          .map((i) => {
            const a = Math.PI * (1.1 + (i * 0.8) / 6)
            const x = 300 + Math.cos(a) * 150
            const y = 270 + Math.sin(a) * 130
            return (
              tag("path", {
                d: `M300,270 L${x},${y} q${-Math.cos(a) * -40},-40 0,-50`,
                stroke: deep,
                "stroke-width": 4,
                fill: surface,
              }) +
              tag("circle", {
                cx: x,
                cy: y - 20,
                r: 22,
                fill: surface,
                stroke: deep,
                "stroke-width": 4,
              })
            )
          })
          .join("")
      )
    case "lion":
      return (
        shadow(300, 510, 170) +
        tag("path", {
          d: "M200,500 L200,360 Q210,250 300,240 Q390,250 400,360 L400,500 Z",
          fill: surface,
          stroke: deep,
          "stroke-width": 4,
        }) +
        tag("circle", { cx: 300, cy: 210, r: 95, fill: shade, stroke: deep, "stroke-width": 4 }) +
        tag("circle", { cx: 300, cy: 215, r: 62, fill: surface, stroke: deep, "stroke-width": 4 }) +
        tag("path", {
          d: "M268,200 q12,-10 22,0 M310,200 q12,-10 22,0 M275,245 q25,20 50,0",
          stroke: deep,
          "stroke-width": 5,
          fill: "none",
        })
      )
    case "bowl":
      return (
        shadow(300, 470, 220) +
        tag("ellipse", {
          cx: 300,
          cy: 330,
          rx: 230,
          ry: 150,
          fill: surface,
          stroke: deep,
          "stroke-width": 5,
        }) +
        tag("ellipse", { cx: 300, cy: 330, rx: 190, ry: 118, fill: shade }) +
        range(5)
          .map((i) =>
            tag("ellipse", {
              cx: 300,
              cy: 330,
              rx: 40 + i * 30,
              ry: 24 + i * 18,
              fill: "none",
              stroke: deep,
              "stroke-width": 2,
              opacity: 0.35,
            })
          )
          .join("")
      )
    case "spoons":
      return range(3)
        .map((i) => {
          const x = 190 + i * 110
          return (
            tag("ellipse", {
              cx: x,
              cy: 200,
              rx: 42,
              ry: 62,
              fill: surface,
              stroke: deep,
              "stroke-width": 4,
            }) +
            tag("ellipse", { cx: x, cy: 196, rx: 28, ry: 44, fill: shade }) +
            tag("rect", {
              x: x - 10,
              y: 258,
              width: 20,
              height: 250,
              rx: 9,
              fill: surface,
              stroke: deep,
              "stroke-width": 4,
            })
          )
        })
        .join("")
    case "figure":
      return (
        shadow(300, 520, 120) +
        relief(motif ?? "dancer", 300, 90, 420, surface, deep) +
        tag("rect", { x: 210, y: 500, width: 180, height: 30, fill: shade })
      )
    case "frame":
      return (
        shadow(300, 540, 230) +
        tag("rect", {
          x: 95,
          y: 70,
          width: 410,
          height: 470,
          rx: 10,
          fill: surface,
          stroke: deep,
          "stroke-width": 5,
        }) +
        tag("rect", {
          x: 165,
          y: 140,
          width: 270,
          height: 330,
          fill: "url(#mirror)",
          stroke: deep,
          "stroke-width": 5,
        }) +
        motifIn(130, 80, 110) +
        motifIn(470, 80, 110) +
        motifIn(130, 420, 110) +
        motifIn(470, 420, 110)
      )
    default:
      return (
        shadow(300, 540, 230) +
        tag("rect", { x: 90, y: 70, width: 420, height: 470, rx: 4, fill: shade }) +
        tag("rect", { x: 110, y: 90, width: 380, height: 430, fill: surface }) +
        tag("rect", {
          x: 126,
          y: 106,
          width: 348,
          height: 398,
          fill: "none",
          stroke: deep,
          "stroke-width": 3,
          opacity: 0.6,
        }) +
        (motif ? relief(motif, 300, 140, 340, mix(surface, "#ffffff", 0.08), deep) : "") +
        (motif === "face"
          ? tag("path", {
              d: "M240,255 q20,12 40,0 M320,255 q20,12 40,0 M300,270 l-8,50 h16 M262,350 q38,26 76,0",
              stroke: deep,
              "stroke-width": 5,
              fill: "none",
            }) +
            tag("path", {
              d: "M215,190 Q300,150 385,190",
              stroke: deep,
              "stroke-width": 8,
              fill: "none",
            })
          : "")
      )
  }
}

const renderStone: Renderer = (spec, rng) => {
  const stone =
    spec.design === "banteay-srei"
      ? pick(rng, ["#c08d7a", "#b58270"])
      : pick(rng, ["#9c9784", "#a39b85", "#8f8c7c"])
  return {
    defs:
      '<filter id="grain"><feTurbulence type="fractalNoise" baseFrequency="0.9" numOctaves="2" seed="3"/><feColorMatrix type="saturate" values="0"/><feComponentTransfer><feFuncA type="table" tableValues="0 0.18"/></feComponentTransfer><feComposite in2="SourceGraphic" operator="in"/></filter>' +
      linearGradient("mirror", ["#dfe8ec", "#9fb3bd", "#e9f0f2"]) +
      tag("mask", { id: "object" }, carvedObject(spec, "#fff", "#fff", "#fff")),
    body:
      tag("rect", {
        width: SIZE,
        height: SIZE,
        fill: pick(rng, ["#ede7dc", "#e6e8e3", "#f1ebe3"]),
      }) +
      carvedObject(spec, stone, mix(stone, "#000000", 0.3), mix(stone, "#000000", 0.45)) +
      tag(
        "g",
        { mask: "url(#object)" },
        tag("rect", {
          width: SIZE,
          height: SIZE,
          fill: "#000",
          filter: "url(#grain)",
          opacity: 0.6,
        })
      ),
  }
}

const renderWood: Renderer = (spec, rng) => {
  const wood = pick(rng, ["#9a6a3f", "#7b4f2c", "#b07d4f", "#6a4328"])
  const grain = range(18)
    .map((i) =>
      tag("path", {
        d: `M0,${i * 34 + rng() * 10} C150,${i * 34 + 20} 300,${i * 34 - 20} 600,${i * 34 + rng() * 12}`,
        stroke: "#3a2414",
        "stroke-width": 1.5,
        fill: "none",
        opacity: 0.18,
      })
    )
    .join("")
  return {
    defs:
      linearGradient("mirror", ["#dfe8ec", "#9fb3bd", "#e9f0f2"]) +
      tag("mask", { id: "object" }, carvedObject(spec, "#fff", "#fff", "#fff")),
    body:
      tag("rect", {
        width: SIZE,
        height: SIZE,
        fill: pick(rng, ["#efe6da", "#e8e4dc", "#f3ede4"]),
      }) +
      carvedObject(spec, wood, mix(wood, "#000000", 0.3), mix(wood, "#000000", 0.5)) +
      tag("g", { mask: "url(#object)" }, grain),
  }
}

// ---------------------------------------------------------------- lacquer

const LACQUER_COLOURS: Record<string, string> = {
  "black-and-gold": "#17120f",
  "cinnabar-red": "#a5281b",
  "eggshell-inlay": "#1c1512",
  "gold-lotus": "#1d1a24",
}

function lacquerShape(shape: string): string {
  switch (shape) {
    case "box":
      return '<path d="M170,250 L170,430 A130,45 0 0 0 430,430 L430,250 Z"/><ellipse cx="300" cy="250" rx="130" ry="45"/>'
    case "tray":
      return '<path d="M120,260 L480,260 L530,430 L70,430 Z"/>'
    case "painting":
      return '<rect x="90" y="80" width="420" height="440"/>'
    default:
      return '<path d="M110,260 Q120,470 300,475 Q480,470 490,260 Z"/><ellipse cx="300" cy="260" rx="190" ry="42"/>'
  }
}

function lacquerDecoration(design: string, rng: Rng): string {
  const gold = "#d9b04c"
  switch (design) {
    case "eggshell-inlay":
      return range(160)
        .map(() => {
          const x = 60 + rng() * 480
          const y = 60 + rng() * 480
          const r = 6 + rng() * 10
          return tag("polygon", {
            points: points(
              range(5).map(
                (k) =>
                  [x + Math.cos(k * 1.26 + rng()) * r, y + Math.sin(k * 1.26 + rng()) * r] as [
                    number,
                    number,
                  ]
              )
            ),
            fill: "#efe6d2",
          })
        })
        .join("")
    case "gold-lotus":
      return range(4)
        .map((i) => {
          const x = 170 + (i % 2) * 260 - (i > 1 ? 60 : 0)
          const y = 200 + Math.floor(i / 2) * 200
          return tag("path", {
            d: `M${x},${y + 40} Q${x - 50},${y} ${x - 20},${y - 30} Q${x},${y} ${x},${y - 50} Q${x},${y} ${x + 20},${y - 30} Q${x + 50},${y} ${x},${y + 40} Z`,
            fill: "none",
            stroke: gold,
            "stroke-width": 4,
          })
        })
        .join("")
    case "black-and-gold":
      return (
        tag("rect", { x: 0, y: 330, width: SIZE, height: 26, fill: gold }) +
        tag("rect", { x: 0, y: 366, width: SIZE, height: 6, fill: gold })
      )
    default:
      return ""
  }
}

const renderLacquer: Renderer = (spec, rng) => {
  const colour = LACQUER_COLOURS[spec.design] ?? "#17120f"
  const shape = lacquerShape(spec.shape)
  return {
    defs:
      tag(
        "linearGradient",
        { id: "gloss", x1: 0, y1: 0, x2: 0.6, y2: 1 },
        tag("stop", { offset: "0%", "stop-color": "#fff", "stop-opacity": 0.28 }) +
          tag("stop", { offset: "45%", "stop-color": "#fff", "stop-opacity": 0 })
      ) + tag("clipPath", { id: "object" }, shape),
    body:
      tag("rect", {
        width: SIZE,
        height: SIZE,
        fill: pick(rng, ["#ece3d4", "#e3e7e1", "#f0e8df"]),
      }) +
      shadow(300, 500, 220) +
      (spec.shape === "painting"
        ? tag("rect", { x: 76, y: 66, width: 448, height: 468, fill: "#3a2a1c" })
        : "") +
      tag("g", { fill: colour }, shape) +
      tag(
        "g",
        { "clip-path": "url(#object)" },
        lacquerDecoration(spec.design, rng) +
          tag("rect", { width: SIZE, height: SIZE, fill: "url(#gloss)" })
      ),
  }
}

// ---------------------------------------------------------------- Sbek Thom

function puppetFigures(design: string): string {
  switch (design) {
    case "battle-scene":
      return figure("dancer", 210, 130, 320) + figure("hanuman", 400, 140, 310)
    case "hanuman":
      return figure("hanuman", 300, 110, 360)
    case "krong-reap":
      return (
        figure("dancer", 300, 150, 330) +
        range(3)
          .map((i) => `<circle cx="${270 + i * 30}" cy="${150 - (i === 1 ? 30 : 0)}" r="18"/>`)
          .join("")
      )
    case "neang-seda":
      return figure("dancer", 300, 110, 360) + '<circle cx="400" cy="190" r="20"/>'
    default:
      return (
        figure("dancer", 300, 100, 370) +
        '<path d="M420,160 Q470,300 420,440" fill="none" stroke="#2b1a12" stroke-width="8"/>'
      )
  }
}

const renderSbek: Renderer = (spec, rng) => {
  const leather = pick(rng, ["#2b1a12", "#3a2216", "#24140d"])
  const figures = puppetFigures(spec.design)
  const frame =
    spec.shape === "puppet"
      ? '<path fill-rule="evenodd" clip-rule="evenodd" d="M110,80 Q300,20 490,80 L490,520 L110,520 Z M130,100 Q300,50 470,100 L470,500 L130,500 Z"/>'
      : ""
  const sticks =
    spec.shape === "puppet"
      ? tag("rect", { x: 180, y: 60, width: 14, height: 540, fill: "#c8a35a" }) +
        tag("rect", { x: 406, y: 60, width: 14, height: 540, fill: "#c8a35a" })
      : tag("rect", { x: 294, y: 380, width: 10, height: 220, fill: "#c8a35a" })
  const holes = (clip: string) =>
    tag("rect", {
      width: SIZE,
      height: SIZE,
      fill: "url(#holes)",
      "clip-path": `url(#${clip})`,
      opacity: 0.85,
    })
  const cutout = tag("g", { fill: leather }, figures + frame) + holes("cut")
  const lantern =
    spec.shape === "lantern"
      ? tag("path", { d: "M170,130 L430,130 L470,470 L130,470 Z", fill: leather }) +
        holes("shade") +
        tag("g", { fill: "#ffe7b0", transform: "translate(150 140) scale(0.5)" }, figures) +
        tag("ellipse", { cx: 300, cy: 130, rx: 130, ry: 16, fill: mix(leather, "#000000", 0.3) })
      : ""
  return {
    defs:
      radialGradient("fire", ["#ffe29a", "#f08a2c", "#8e2a0e", "#2a0c05"], "50%", "55%") +
      tag(
        "pattern",
        { id: "holes", width: 18, height: 18, patternUnits: "userSpaceOnUse" },
        tag("circle", { cx: 6, cy: 6, r: 3.2, fill: "#ffd98a" })
      ) +
      tag("clipPath", { id: "cut" }, figures + frame) +
      tag("clipPath", { id: "shade" }, '<path d="M170,130 L430,130 L470,470 L130,470 Z"/>'),
    body:
      tag("rect", { width: SIZE, height: SIZE, fill: "url(#fire)" }) +
      (spec.shape === "lantern" ? lantern : sticks + cutout),
  }
}

// ---------------------------------------------------------------- instruments

function instrument(shape: string, body: string, detail: string): string {
  const neck = "#4a2c18"
  switch (shape) {
    case "chapei":
      return tag(
        "g",
        { transform: "rotate(-35 300 300)" },
        tag("rect", { x: 288, y: 20, width: 24, height: 380, rx: 8, fill: neck }) +
          range(11)
            .map((i) => tag("rect", { x: 282, y: 60 + i * 28, width: 36, height: 5, fill: detail }))
            .join("") +
          tag("path", {
            d: "M300,390 C200,390 190,560 300,570 C410,560 400,390 300,390 Z",
            fill: body,
          }) +
          tag("circle", { cx: 300, cy: 480, r: 22, fill: "#1a0f08" }) +
          tag("path", {
            d: "M312,30 q40,-30 10,-60",
            stroke: neck,
            "stroke-width": 14,
            fill: "none",
          })
      )
    case "flute":
      return tag(
        "g",
        { transform: "rotate(-25 300 300)" },
        tag("rect", { x: 40, y: 270, width: 520, height: 60, rx: 26, fill: body }) +
          range(6)
            .map((i) => tag("circle", { cx: 270 + i * 44, cy: 300, r: 10, fill: "#2a1a0e" }))
            .join("") +
          [110, 210, 510]
            .map((x) => tag("rect", { x, y: 267, width: 14, height: 66, fill: detail }))
            .join("") +
          tag("rect", { x: 40, y: 290, width: 30, height: 20, fill: "#2a1a0e" })
      )
    case "drum":
      return (
        shadow(300, 520, 140) +
        tag("path", {
          d: "M160,170 Q160,330 270,360 L250,510 L350,510 L330,360 Q440,330 440,170 Z",
          fill: body,
        }) +
        tag("ellipse", {
          cx: 300,
          cy: 170,
          rx: 140,
          ry: 36,
          fill: "#ecdcc0",
          stroke: detail,
          "stroke-width": 6,
        }) +
        range(12)
          .map((i) =>
            tag("line", {
              x1: 170 + i * 24,
              y1: 190,
              x2: 262 + i * 7,
              y2: 355,
              stroke: detail,
              "stroke-width": 3,
              opacity: 0.8,
            })
          )
          .join("")
      )
    default: {
      const coconut = shape === "tro-u"
      return (
        tag("rect", { x: 292, y: 60, width: 16, height: 420, rx: 6, fill: neck }) +
        tag("rect", { x: 250, y: 110, width: 42, height: 12, rx: 4, fill: neck }) +
        tag("rect", { x: 308, y: 150, width: 42, height: 12, rx: 4, fill: neck }) +
        (coconut
          ? tag("circle", { cx: 300, cy: 470, r: 70, fill: body }) +
            tag("ellipse", { cx: 300, cy: 470, rx: 20, ry: 70, fill: "#e9d9b8" })
          : tag("rect", { x: 262, y: 420, width: 76, height: 100, rx: 8, fill: body }) +
            tag("ellipse", { cx: 262, cy: 470, rx: 10, ry: 50, fill: "#e9d9b8" })) +
        tag("line", { x1: 296, y1: 90, x2: 296, y2: 470, stroke: detail, "stroke-width": 1.5 }) +
        tag("line", { x1: 304, y1: 90, x2: 304, y2: 470, stroke: detail, "stroke-width": 1.5 }) +
        tag("path", {
          d: "M120,330 Q300,300 500,400",
          stroke: "#5a3a20",
          "stroke-width": 7,
          fill: "none",
        }) +
        tag("path", {
          d: "M130,338 Q300,312 490,404",
          stroke: "#efe6d0",
          "stroke-width": 2,
          fill: "none",
        })
      )
    }
  }
}

const renderInstrument: Renderer = (spec, rng) => {
  const body =
    spec.design === "lacquered" ? "#6e1a14" : pick(rng, ["#7a4b28", "#8b5a2b", "#5e3a1f"])
  const inlay =
    spec.design === "shell-inlaid"
      ? range(8)
          .map((i) =>
            tag("polygon", { points: diamond(205 + i * 27, 560, 7, 10), fill: "#f3efe6" })
          )
          .join("")
      : ""
  const naga =
    spec.design === "naga-head"
      ? tag("path", { d: "M300,60 q-40,-10 -40,-40 q0,-20 20,-20 q30,0 30,30", fill: "#3b2414" }) +
        tag("circle", { cx: 278, cy: 16, r: 4, fill: "#e9c46a" })
      : ""
  return {
    body:
      tag("rect", {
        width: SIZE,
        height: SIZE,
        fill: pick(rng, ["#efe8dc", "#e5ebe6", "#f2ebe2", "#e8e6ef"]),
      }) +
      instrument(spec.shape, body, "#d8c39a") +
      (spec.shape === "chapei" ? "" : naga) +
      inlay,
  }
}

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
