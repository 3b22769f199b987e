import type { CraftLine } from "../craft-line"
import { BASKETRY, POTTERY } from "./fibre-and-clay"
import { LACQUER, SILVERWORK, STONE_CARVING, WOOD_CARVING } from "./metal-stone-wood"
import { MUSICAL_INSTRUMENTS, SBEK_THOM } from "./performing-arts"
import { BACKSTRAP_WEAVING, COTTON_KRAMA, HOL_SILK, PHAMUONG_SILK } from "./textiles"

/** Every craft line of the demo catalogue, in the catalogue's order. */
export const CRAFT_LINES: CraftLine[] = [
  HOL_SILK,
  PHAMUONG_SILK,
  COTTON_KRAMA,
  BACKSTRAP_WEAVING,
  BASKETRY,
  POTTERY,
  SILVERWORK,
  STONE_CARVING,
  WOOD_CARVING,
  LACQUER,
  SBEK_THOM,
  MUSICAL_INSTRUMENTS,
]
