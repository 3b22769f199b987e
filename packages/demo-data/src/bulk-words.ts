import type { CraftCode } from "@sipakam/shared"
import { text, type BilingualText } from "./craft-line"

/**
 * The words the bulk generator (backend/src/scripts/seed/bulk-catalogue.ts) combines into
 * synthetic groups, makers and product titles for the benchmarks.
 */

/** Village names are two common Khmer place words, e.g. "Trapeang Russey". */
export const PLACE_WORDS: BilingualText[] = [
  text("Trapeang", "ត្រពាំង"),
  text("Prey", "ព្រៃ"),
  text("Svay", "ស្វាយ"),
  text("Kok", "គោក"),
  text("Thmei", "ថ្មី"),
  text("Chas", "ចាស់"),
  text("Veng", "វែង"),
  text("Chrey", "ជ្រៃ"),
  text("Roka", "រកា"),
  text("Boeng", "បឹង"),
  text("Kandal", "កណ្ដាល"),
  text("Thom", "ធំ"),
  text("Krasang", "ក្រសាំង"),
  text("Sre", "ស្រែ"),
  text("Ampil", "អំពិល"),
  text("Doung", "ដូង"),
  text("Russey", "ឫស្សី"),
  text("Chheu Teal", "ឈើទាល"),
  text("Tnaot", "ត្នោត"),
  text("Kralanh", "ក្រឡាញ់"),
]

/** What a group of each craft calls itself, and how its makers' stories name the skill. */
export const CRAFT_WORDS: Record<CraftCode, { group: BilingualText; skill: string }> = {
  "hol-silk": { group: text("Silk Weavers", "ក្រុមត្បាញសូត្រ"), skill: "to tie and weave hol" },
  "phamuong-silk": { group: text("Silk Weavers", "ក្រុមត្បាញសូត្រ"), skill: "to weave phamuong" },
  "cotton-krama": { group: text("Krama Weavers", "ក្រុមត្បាញក្រមា"), skill: "to weave krama" },
  "backstrap-weaving": { group: text("Weavers", "ក្រុមត្បាញ"), skill: "to weave on the backstrap loom" },
  basketry: { group: text("Basket Weavers", "ក្រុមត្បាញកន្ត្រក"), skill: "to weave rattan and bamboo" },
  pottery: { group: text("Potters", "ក្រុមស្មូនឆ្នាំង"), skill: "to shape pots with paddle and anvil" },
  silverwork: { group: text("Silversmiths", "ក្រុមជាងប្រាក់"), skill: "to raise and chase silver" },
  "stone-carving": { group: text("Stone Carvers", "ក្រុមជាងចម្លាក់ថ្ម"), skill: "to carve sandstone" },
  "wood-carving": { group: text("Woodcarvers", "ក្រុមជាងឆ្លាក់ឈើ"), skill: "to carve wood" },
  lacquer: { group: text("Lacquer Workshop", "រោងជាងម្រ័ក្សណ៍"), skill: "to lay lacquer and gold leaf" },
  "sbek-thom": { group: text("Sbek Thom Workshop", "រោងជាងស្បែកធំ"), skill: "to cut shadow puppets from hide" },
  "musical-instruments": {
    group: text("Instrument Makers", "ក្រុមជាងឧបករណ៍តន្ត្រី"),
    skill: "to build and tune tro and chapei",
  },
}

/** The crafts whose bulk products vary by colourway; the others vary by finish. */
export const TEXTILE_CRAFTS = new Set<CraftCode>([
  "hol-silk",
  "phamuong-silk",
  "cotton-krama",
  "backstrap-weaving",
])

/** Colourways of cloth and finishes of objects: what tells two otherwise equal items apart. */
export const COLOURWAYS: BilingualText[] = [
  text("in lac red", "ពណ៌ក្រហមល័ក្ខ"),
  text("in indigo", "ពណ៌ខៀវត្រាំ"),
  text("in prohut yellow", "ពណ៌លឿងប្រហូត"),
  text("in ebony black", "ពណ៌ខ្មៅមក្លឿ"),
  text("in natural white", "ពណ៌សធម្មជាតិ"),
  text("in forest green", "ពណ៌បៃតងព្រៃ"),
  text("in saffron", "ពណ៌លឿងទុំ"),
  text("in lotus pink", "ពណ៌ផ្កាឈូក"),
  text("in sky blue", "ពណ៌ខៀវមេឃ"),
  text("in rust brown", "ពណ៌ត្នោតច្រែះ"),
  text("in deep purple", "ពណ៌ស្វាយចាស់"),
  text("in turmeric gold", "ពណ៌លឿងរមៀត"),
]
export const FINISHES: BilingualText[] = [
  text("(small)", "ខ្នាតតូច"),
  text("(large)", "ខ្នាតធំ"),
  text("with antique finish", "ពណ៌បុរាណ"),
  text("heirloom edition", "ស្នាដៃកេរដំណែល"),
  text("gift edition", "សម្រាប់ជាកាដូ"),
  text("village edition", "ស្នាដៃភូមិ"),
  text("hand-finished", "បញ្ចប់ដោយដៃ"),
  text("natural finish", "ពណ៌ធម្មជាតិ"),
]

export type BulkGivenName = BilingualText & { gender: "female" | "male" }
export const GIVEN_NAMES: BulkGivenName[] = [
  ...[
    text("Sophea", "សុភា"),
    text("Srey Mom", "ស្រីមុំ"),
    text("Chanthy", "ចាន់ធី"),
    text("Bopha", "បុប្ផា"),
    text("Sokha", "សុខា"),
    text("Kolab", "កុលាប"),
    text("Pisey", "ពិសី"),
    text("Rachana", "រចនា"),
    text("Chenda", "ចិន្ដា"),
    text("Malis", "ម្លិះ"),
    text("Sreyleak", "ស្រីល័ក្ខ"),
    text("Vanna", "វណ្ណា"),
    text("Dany", "ដានី"),
    text("Sopheap", "សុភាព"),
    text("Thida", "ធីតា"),
  ].map((name) => ({ ...name, gender: "female" as const })),
  ...[
    text("Dara", "ដារ៉ា"),
    text("Sokhom", "សុខុម"),
    text("Vuthy", "វុទ្ធី"),
    text("Rithy", "រិទ្ធី"),
    text("Samnang", "សំណាង"),
    text("Sovann", "សុវណ្ណ"),
    text("Pheakdey", "ភក្ដី"),
    text("Narith", "ណារិទ្ធ"),
    text("Visal", "វិសាល"),
    text("Kosal", "កុសល"),
  ].map((name) => ({ ...name, gender: "male" as const })),
]
export const FAMILY_NAMES: BilingualText[] = [
  text("Chan", "ចាន់"),
  text("Sok", "សុខ"),
  text("Keo", "កែវ"),
  text("Meas", "មាស"),
  text("Heng", "ហេង"),
  text("Ly", "លី"),
  text("Nhem", "ញឹម"),
  text("Pen", "ប៉ិន"),
  text("Chea", "ជា"),
  text("Som", "សោម"),
  text("Khiev", "ខៀវ"),
  text("Prak", "ប្រាក់"),
  text("Mao", "ម៉ៅ"),
  text("Ouk", "អ៊ុក"),
  text("Yim", "យឹម"),
  text("Touch", "ទូច"),
]

/** Years Living Human Treasures were named (the first 17 in 2012). */
export const LHT_YEARS = [2012, 2014, 2016, 2018, 2021]
