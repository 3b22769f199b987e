import { range, round } from "./svg"

/**
 * A figure of the carved reliefs and the shadow puppets (dancer, Hanuman, elephant, lotus, face,
 * scroll, arches), h units tall from top, centred on cx.
 */
export function figure(kind: string, cx: number, top: number, h: number): string {
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
