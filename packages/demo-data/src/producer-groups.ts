import type { CraftCode, PeopleCode, ProvinceCode } from "@sipakam/shared"
import { text, type BilingualText } from "./craft-line"

/**
 * A tradition a group carries on: the catalogue's products of this craft and people, made in
 * the group's province, are the group's.
 */
export type GroupCraftSpec = { craft: CraftCode; people: PeopleCode }

export type ProducerGroupSpec = {
  handle: string
  name: BilingualText
  province: ProvinceCode
  village: string
  story: string
  /** Trusted groups publish new listings at once; the others wait for the operator's review. */
  trusted: boolean
  commissionRateBps: number
  crafts: GroupCraftSpec[]
  contacts: { email: string; phone: string }
}

const khmer = (...crafts: CraftCode[]): GroupCraftSpec[] =>
  crafts.map((craft) => ({ craft, people: "khmer" }))

const contacts = (handle: string, phone: string) => ({
  email: `${handle}@groups.sipakam.local`,
  phone,
})

/**
 * The demo's producer groups: village cooperatives and town workshops, one for each craft
 * tradition the catalogue's products come from, so that every product's province and people
 * are those of the group that makes it. Names, villages and people are invented, the places
 * and crafts are real.
 */
export const PRODUCER_GROUPS: ProducerGroupSpec[] = [
  {
    handle: "prey-kabbas-silk-weavers",
    name: text("Prey Kabbas Silk Weavers", "ក្រុមត្បាញសូត្រព្រៃកប្បាស"),
    province: "takeo",
    village: "Phum Sla, Prey Kabbas district",
    story:
      "Thirty-two women weave hol and phamuong under their stilt houses in Phum Sla. The group formed in 2009 to buy silk yarn together and sell without middlemen; its oldest members still tie ikat patterns their grandmothers wove before the war.",
    trusted: true,
    commissionRateBps: 1200,
    crafts: khmer("hol-silk", "phamuong-silk"),
    contacts: contacts("prey-kabbas-silk-weavers", "+855 12 481 306"),
  },
  {
    handle: "bati-krama-weavers",
    name: text("Bati Krama Weavers", "ក្រុមត្បាញក្រមាបាទី"),
    province: "takeo",
    village: "Trapeang Sap, Bati district",
    story:
      "A dozen households in Trapeang Sap weave cotton krama on treadle looms between the two rice seasons. They dye their own yarn in small batches, which is why no two of their checks are quite alike.",
    trusted: true,
    commissionRateBps: 1500,
    crafts: khmer("cotton-krama"),
    contacts: contacts("bati-krama-weavers", "+855 16 772 104"),
  },
  {
    handle: "koh-dach-silk-weavers",
    name: text("Koh Dach Silk Weavers", "ក្រុមត្បាញសូត្រកោះដាច់"),
    province: "kandal",
    village: "Koh Dach island, Mekong river",
    story:
      "On the Mekong island of Koh Dach, families have woven silk for as long as anyone remembers. The group brings three generations of weavers together and sells scarves, sampot lengths and krama to visitors who cross on the ferry from Phnom Penh.",
    trusted: true,
    commissionRateBps: 1500,
    crafts: khmer("hol-silk", "phamuong-silk", "cotton-krama"),
    contacts: contacts("koh-dach-silk-weavers", "+855 17 330 958"),
  },
  {
    handle: "koh-chen-silversmiths",
    name: text("Koh Chen Silversmiths", "ក្រុមជាងប្រាក់កោះចិន"),
    province: "kandal",
    village: "Koh Chen, Ponhea Leu district",
    story:
      "Koh Chen has been a village of silversmiths since the royal court sat at nearby Oudong. Its workshops still raise betel boxes and bowls by hand; the group shares a melting furnace and teaches the craft to the village's young people.",
    trusted: true,
    commissionRateBps: 1800,
    crafts: khmer("silverwork"),
    contacts: contacts("koh-chen-silversmiths", "+855 12 905 417"),
  },
  {
    handle: "mekong-riverbank-weavers",
    name: text("Mekong Riverbank Weavers", "ក្រុមត្បាញមាត់ទន្លេមេគង្គ"),
    province: "kampong-cham",
    village: "Koh Sotin district",
    story:
      "Khmer and Cham women from the villages along the Mekong in Koh Sotin weave together: hol and krama in the Khmer houses, smooth phamuong in the Cham ones. They buy their yarn as one group to keep costs down and share a motorboat to market.",
    trusted: true,
    commissionRateBps: 1400,
    crafts: [...khmer("hol-silk", "cotton-krama"), { craft: "phamuong-silk", people: "cham" }],
    contacts: contacts("mekong-riverbank-weavers", "+855 97 214 680"),
  },
  {
    handle: "phnom-srok-silk-weavers",
    name: text("Phnom Srok Silk Weavers", "ក្រុមត្បាញសូត្រភ្នំស្រុក"),
    province: "banteay-meanchey",
    village: "Phnom Srok district",
    story:
      "A young group of weavers who raise their own silkworms on mulberry planted around the village. They joined Sipakam in their first year of selling, so the operator still reviews each new listing.",
    trusted: false,
    commissionRateBps: 1000,
    crafts: khmer("phamuong-silk"),
    contacts: contacts("phnom-srok-silk-weavers", "+855 88 501 229"),
  },
  {
    handle: "ek-phnom-krama-weavers",
    name: text("Ek Phnom Krama Weavers", "ក្រុមត្បាញក្រមាឯកភ្នំ"),
    province: "battambang",
    village: "Prek Luong, Ek Phnom district",
    story:
      "On the Sangker river north of Battambang, the looms of Prek Luong fall silent only for the rice harvest. The group weaves krama in the bright checks that Battambang's markets prefer.",
    trusted: true,
    commissionRateBps: 1500,
    crafts: khmer("cotton-krama"),
    contacts: contacts("ek-phnom-krama-weavers", "+855 92 618 340"),
  },
  {
    handle: "puok-weavers",
    name: text("Puok Weavers' Workshop", "រោងត្បាញពួក"),
    province: "siem-reap",
    village: "Puok district",
    story:
      "A family workshop outside Siem Reap that trains young weavers from the surrounding villages and supplies hotels around the temples with krama and hol silk.",
    trusted: true,
    commissionRateBps: 1600,
    crafts: khmer("hol-silk", "cotton-krama"),
    contacts: contacts("puok-weavers", "+855 63 965 112"),
  },
  {
    handle: "yeak-laom-highland-weavers",
    name: text("Yeak Laom Highland Weavers", "ក្រុមត្បាញខ្ពង់រាបយក្សឡោម"),
    province: "ratanakiri",
    village: "Yeak Laom commune, near Banlung",
    story:
      "Kreung and Tampuan women from the villages around Yeak Laom lake weave on the backstrap loom between the rice and cashew harvests, and Tampuan men make the rattan baskets carried to the fields.",
    trusted: true,
    commissionRateBps: 1000,
    crafts: [
      { craft: "backstrap-weaving", people: "kreung" },
      { craft: "backstrap-weaving", people: "tampuan" },
      { craft: "basketry", people: "tampuan" },
    ],
    contacts: contacts("yeak-laom-highland-weavers", "+855 75 974 203"),
  },
  {
    handle: "sesan-river-weavers",
    name: text("Sesan River Weavers", "ក្រុមត្បាញទន្លេសេសាន"),
    province: "ratanakiri",
    village: "Andong Meas and Ta Veng districts",
    story:
      "Jarai weavers from Andong Meas and Brao weavers from Ta Veng, a day's boat ride apart on the Sesan river, sell together to reach buyers neither village could reach alone. A new member of Sipakam: the operator reviews its listings.",
    trusted: false,
    commissionRateBps: 1000,
    crafts: [
      { craft: "backstrap-weaving", people: "jarai" },
      { craft: "backstrap-weaving", people: "brao" },
    ],
    contacts: contacts("sesan-river-weavers", "+855 88 760 415"),
  },
  {
    handle: "pu-trom-bunong-weavers",
    name: text("Pu Trom Bunong Weavers", "ក្រុមត្បាញព្នងពូត្រុំ"),
    province: "mondulkiri",
    village: "Pu Trom, Pech Chreada district",
    story:
      "In Pu Trom the women weave on backstrap looms set up on their verandas and the men weave the baskets, as Bunong families always have. The group keeps a share of every sale for the village's weaving lessons, so the girls learn the old motifs.",
    trusted: true,
    commissionRateBps: 1000,
    crafts: [
      { craft: "backstrap-weaving", people: "bunong" },
      { craft: "basketry", people: "bunong" },
    ],
    contacts: contacts("pu-trom-bunong-weavers", "+855 73 390 581"),
  },
  {
    handle: "kakaoh-stone-carvers",
    name: text("Kakaoh Stone and Wood Carvers", "ក្រុមជាងចម្លាក់ថ្ម និងឈើកកោះ"),
    province: "kampong-thom",
    village: "Kakaoh commune, Santuk district",
    story:
      "Stone workshops line National Road 6 in Kakaoh, where carvers have shaped the grey-green sandstone of the nearby hills for generations. A family of wood carvers joined the group in 2015.",
    trusted: true,
    commissionRateBps: 2000,
    crafts: khmer("stone-carving", "wood-carving"),
    contacts: contacts("kakaoh-stone-carvers", "+855 62 210 874"),
  },
  {
    handle: "baray-basket-weavers",
    name: text("Baray Basket Weavers", "ក្រុមត្បាញកន្ត្រកបារាយណ៍"),
    province: "kampong-thom",
    village: "Baray district",
    story:
      "Rice farmers who weave rattan and bamboo in the dry season and supply baskets to the markets along National Road 6.",
    trusted: true,
    commissionRateBps: 1300,
    crafts: khmer("basketry"),
    contacts: contacts("baray-basket-weavers", "+855 15 442 918"),
  },
  {
    handle: "rovieng-kuy-basket-makers",
    name: text("Rovieng Kuy Basket Makers", "ក្រុមធ្វើកន្ត្រកកួយរវៀង"),
    province: "preah-vihear",
    village: "Rovieng district",
    story:
      "Kuy families who weave baskets in the evenings after the day's field work, in patterns that differ from their Khmer neighbours'.",
    trusted: true,
    commissionRateBps: 1000,
    crafts: [{ craft: "basketry", people: "kuy" }],
    contacts: contacts("rovieng-kuy-basket-makers", "+855 64 688 032"),
  },
  {
    handle: "andong-russei-potters",
    name: text("Andong Russei Potters", "ក្រុមស្មូនឆ្នាំងអណ្ដូងឬស្សី"),
    province: "kampong-chhnang",
    village: "Andong Russei, Rolea Phaer district",
    story:
      "In Andong Russei women shape pots without a wheel, walking around each one as they beat it with a wooden paddle. The group fires together in the open after the rice harvest, when the clay fields are dry.",
    trusted: true,
    commissionRateBps: 1200,
    crafts: khmer("pottery"),
    contacts: contacts("andong-russei-potters", "+855 26 988 215"),
  },
  {
    handle: "angkor-kiln-studio",
    name: text("Angkor Kiln Studio", "រោងស្មូនឡអង្គរ"),
    province: "siem-reap",
    village: "Sala Kamreuk, Siem Reap",
    story:
      "A small studio that studies the kilns excavated near the Angkor temples and brings their glazes and shapes back into everyday use.",
    trusted: true,
    commissionRateBps: 1700,
    crafts: khmer("pottery"),
    contacts: contacts("angkor-kiln-studio", "+855 63 770 419"),
  },
  {
    handle: "run-ta-ek-rattan-group",
    name: text("Run Ta Ek Rattan Group", "ក្រុមផ្ដៅរុនតាឯក"),
    province: "siem-reap",
    village: "Run Ta Ek, Banteay Srei district",
    story:
      "A village group that replants rattan on its community land to keep its supply sustainable, and weaves baskets and trays for Siem Reap's hotels.",
    trusted: true,
    commissionRateBps: 1400,
    crafts: khmer("basketry"),
    contacts: contacts("run-ta-ek-rattan-group", "+855 10 552 387"),
  },
  {
    handle: "angkor-stone-and-wood-carvers",
    name: text("Angkor Stone and Wood Carvers", "ក្រុមជាងចម្លាក់ថ្ម និងឈើអង្គរ"),
    province: "siem-reap",
    village: "Kouk Chak, Siem Reap",
    story:
      "Carvers trained in the restoration workshops of the Angkor temples and at the vocational school near the old market, who now carve for homes and pagodas.",
    trusted: true,
    commissionRateBps: 1800,
    crafts: khmer("stone-carving", "wood-carving"),
    contacts: contacts("angkor-stone-and-wood-carvers", "+855 92 331 760"),
  },
  {
    handle: "wat-damnak-lacquer-and-silver",
    name: text("Wat Damnak Lacquer and Silver Workshop", "រោងជាងម្រ័ក្សណ៍ និងប្រាក់វត្តដំណាក់"),
    province: "siem-reap",
    village: "Wat Damnak, Siem Reap",
    story:
      "A lacquer workshop that revived the craft after it nearly disappeared in the 1970s, joined by a silversmith trained at a heritage crafts school.",
    trusted: true,
    commissionRateBps: 1700,
    crafts: khmer("lacquer", "silverwork"),
    contacts: contacts("wat-damnak-lacquer-and-silver", "+855 12 640 993"),
  },
  {
    handle: "wat-bo-sbek-thom-workshop",
    name: text("Wat Bo Sbek Thom Workshop", "រោងស្បែកធំវត្តបូព៌"),
    province: "siem-reap",
    village: "Wat Bo, Siem Reap",
    story:
      "The workshop of a troupe linked to Wat Bo pagoda, which kept Sbek Thom performances alive. Apprentices spend their first year preparing hides; in the afternoons the workshop teaches traditional music to the neighbourhood's children, on instruments it makes itself.",
    trusted: true,
    commissionRateBps: 1500,
    crafts: khmer("sbek-thom", "musical-instruments"),
    contacts: contacts("wat-bo-sbek-thom-workshop", "+855 17 905 224"),
  },
  {
    handle: "tuol-tumpung-silversmiths",
    name: text("Tuol Tumpung Silversmiths", "ក្រុមជាងប្រាក់ទួលទំពូង"),
    province: "phnom-penh",
    village: "Tuol Tumpung, near the Russian Market",
    story:
      "Smiths trained by masters from Koh Chen who moved their benches to Phnom Penh, a few streets from the Russian Market.",
    trusted: true,
    commissionRateBps: 1900,
    crafts: khmer("silverwork"),
    contacts: contacts("tuol-tumpung-silversmiths", "+855 11 208 647"),
  },
  {
    handle: "chbar-ampov-arts-workshop",
    name: text("Chbar Ampov Arts Workshop", "រោងសិល្បៈច្បារអំពៅ"),
    province: "phnom-penh",
    village: "Chbar Ampov, Phnom Penh",
    story:
      "A workshop across the Monivong bridge where a lacquer artist trains apprentices from the provinces, carvers with disabilities work wood, and a Sbek Thom artist cuts the figures a surviving master taught him.",
    trusted: true,
    commissionRateBps: 1600,
    crafts: khmer("lacquer", "wood-carving", "sbek-thom"),
    contacts: contacts("chbar-ampov-arts-workshop", "+855 23 881 460"),
  },
  {
    handle: "phnom-penh-instrument-makers",
    name: text("Phnom Penh Instrument Makers", "ក្រុមជាងឧបករណ៍តន្ត្រីភ្នំពេញ"),
    province: "phnom-penh",
    village: "Boeung Keng Kang, Phnom Penh",
    story:
      "Makers of tro fiddles, flutes and drums who supply students of the Royal University of Fine Arts and the capital's wedding bands.",
    trusted: true,
    commissionRateBps: 1500,
    crafts: khmer("musical-instruments"),
    contacts: contacts("phnom-penh-instrument-makers", "+855 99 470 138"),
  },
  {
    handle: "kampot-chapei-makers",
    name: text("Kampot Chapei Makers", "ក្រុមជាងចាប៉ីកំពត"),
    province: "kampot",
    village: "Kampong Bay, Kampot",
    story:
      "Kampot is home to many chapei singers; its makers play the long-necked lutes they build and tune them for the singers who come to buy.",
    trusted: true,
    commissionRateBps: 1300,
    crafts: khmer("musical-instruments"),
    contacts: contacts("kampot-chapei-makers", "+855 33 932 506"),
  },
]

/** The groups of the two demo producer logins: a Khmer silk group and an indigenous one. */
export const DEMO_PRODUCER_GROUP_HANDLES = {
  producer: "prey-kabbas-silk-weavers",
  producer2: "pu-trom-bunong-weavers",
} as const
