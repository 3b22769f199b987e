import { codesOf, type VocabularyEntry } from "./vocabulary.js"

/** The crafts Sipakam sells: the primary facet of the catalogue. */
export const CRAFTS = [
  {
    code: "hol-silk",
    labels: {
      en: "Hol silk (weft ikat)",
      km: "សូត្រហូល",
      fr: "Soie hol (ikat de trame)",
      zh: "霍尔丝绸（纬线扎经）",
      ko: "홀 실크(씨실 이캇)",
      ja: "ホール絹（緯絣）",
    },
  },
  {
    code: "phamuong-silk",
    labels: {
      en: "Phamuong silk",
      km: "សូត្រផាមួង",
      fr: "Soie phamuong",
      zh: "帕蒙丝绸",
      ko: "파뭉 실크",
      ja: "パームオン絹",
    },
  },
  {
    code: "cotton-krama",
    labels: {
      en: "Cotton krama",
      km: "ក្រមាកប្បាស",
      fr: "Krama en coton",
      zh: "棉质水布（格罗麻）",
      ko: "면 끄라마",
      ja: "綿のクロマー",
    },
  },
  {
    code: "backstrap-weaving",
    labels: {
      en: "Backstrap-loom weaving",
      km: "ត្បាញកីចងចង្កេះ",
      fr: "Tissage sur métier à sangle dorsale",
      zh: "腰机织造",
      ko: "허리베틀 직조",
      ja: "腰機織り",
    },
  },
  {
    code: "basketry",
    labels: {
      en: "Rattan and bamboo basketry",
      km: "កន្ត្រកផ្ដៅ និងឫស្សី",
      fr: "Vannerie en rotin et bambou",
      zh: "藤竹编织",
      ko: "등나무·대나무 바구니 공예",
      ja: "籐と竹のかご細工",
    },
  },
  {
    code: "pottery",
    labels: {
      en: "Pottery",
      km: "គ្រឿងស្មូន",
      fr: "Poterie",
      zh: "陶器",
      ko: "도자기",
      ja: "陶器",
    },
  },
  {
    code: "silverwork",
    labels: {
      en: "Silverwork",
      km: "គ្រឿងប្រាក់",
      fr: "Orfèvrerie en argent",
      zh: "银器",
      ko: "은세공",
      ja: "銀細工",
    },
  },
  {
    code: "stone-carving",
    labels: {
      en: "Stone carving",
      km: "ចម្លាក់ថ្ម",
      fr: "Sculpture sur pierre",
      zh: "石雕",
      ko: "석조각",
      ja: "石彫",
    },
  },
  {
    code: "wood-carving",
    labels: {
      en: "Wood carving",
      km: "ចម្លាក់ឈើ",
      fr: "Sculpture sur bois",
      zh: "木雕",
      ko: "목조각",
      ja: "木彫",
    },
  },
  {
    code: "lacquer",
    labels: {
      en: "Lacquerware",
      km: "គ្រឿងម្រ័ក្សណ៍",
      fr: "Laque",
      zh: "漆器",
      ko: "칠기",
      ja: "漆器",
    },
  },
  {
    code: "sbek-thom",
    labels: {
      en: "Sbek Thom shadow puppets",
      km: "ស្បែកធំ",
      fr: "Sbek Thom (marionnettes d'ombre)",
      zh: "斯贝克通皮影",
      ko: "스벡톰 그림자 인형",
      ja: "スバエク・トム（影絵人形）",
    },
  },
  {
    code: "musical-instruments",
    labels: {
      en: "Musical instruments (tro, chapei)",
      km: "ឧបករណ៍ភ្លេង (ទ្រ ចាប៉ី)",
      fr: "Instruments de musique (tro, chapei)",
      zh: "乐器（胡琴、长颈琴）",
      ko: "악기(뜨로, 짜빠이)",
      ja: "楽器（トロー、チャペイ）",
    },
  },
] as const satisfies readonly VocabularyEntry[]

export type CraftCode = (typeof CRAFTS)[number]["code"]

export const CRAFT_CODES = codesOf<CraftCode>(CRAFTS)
