import {
  linearGradient,
  mix,
  pick,
  points,
  radialGradient,
  range,
  shadow,
  SIZE,
  tag,
  type ArtworkSpec,
  type Renderer,
  type Rng,
} from "./svg"
import { figure } from "./figures"

/** Metal, stone and wood: silverwork, stone and wood carving, lacquer. */

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

export const renderSilver: Renderer = (spec, rng) => {
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

export const renderStone: Renderer = (spec, rng) => {
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

export const renderWood: Renderer = (spec, rng) => {
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

export const renderLacquer: Renderer = (spec, rng) => {
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
