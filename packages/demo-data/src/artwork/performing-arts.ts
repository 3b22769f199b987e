import { diamond, mix, pick, radialGradient, range, shadow, SIZE, tag, type Renderer } from "./svg"
import { figure } from "./figures"

/** Performing arts: Sbek Thom puppets and musical instruments. */

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

export const renderSbek: Renderer = (spec, rng) => {
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

export const renderInstrument: Renderer = (spec, rng) => {
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
