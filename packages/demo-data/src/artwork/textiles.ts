import { diamond, linearGradient, mix, pick, points, range, SIZE, tag, type Renderer } from "./svg"

/** Textiles: hol and phamuong silk, krama, backstrap weaving. */

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

export const renderHol: Renderer = (spec, rng) => {
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

export const renderPhamuong: Renderer = (spec, rng) => {
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

export const renderKrama: Renderer = (spec, rng) => {
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

export const renderBackstrap: Renderer = (spec, rng) => {
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
