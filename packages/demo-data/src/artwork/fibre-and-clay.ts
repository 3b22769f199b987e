import {
  linearGradient,
  mix,
  pick,
  profilePath,
  range,
  shadow,
  SIZE,
  tag,
  type Renderer,
  type Rng,
} from "./svg"

/** Fibre and clay: basketry and pottery. */

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

export const renderBasket: Renderer = (spec, rng) => {
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

export const renderPottery: Renderer = (spec, rng) => {
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
