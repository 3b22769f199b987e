import { codesOf, type VocabularyEntry } from "./vocabulary.js"

export const MATERIAL_KINDS = [
  "fibre",
  "natural-dye",
  "plant",
  "earth",
  "metal",
  "animal",
  "resin",
] as const

export type MaterialKind = (typeof MATERIAL_KINDS)[number]

interface MaterialEntry extends VocabularyEntry {
  readonly kind: MaterialKind
}

/** What the crafts are made of, natural dyes included. */
export const MATERIALS = [
  {
    code: "silk",
    kind: "fibre",
    labels: { en: "Silk", km: "សូត្រ", fr: "Soie", zh: "丝绸", ko: "실크", ja: "絹" },
  },
  {
    code: "cotton",
    kind: "fibre",
    labels: { en: "Cotton", km: "កប្បាស", fr: "Coton", zh: "棉", ko: "면", ja: "綿" },
  },
  {
    code: "lac",
    kind: "natural-dye",
    labels: {
      en: "Lac (natural red dye)",
      km: "ល័ក្ខ",
      fr: "Laque (teinture rouge naturelle)",
      zh: "紫胶（天然红色染料）",
      ko: "락(천연 붉은 염료)",
      ja: "ラック（天然の赤色染料）",
    },
  },
  {
    code: "indigo",
    kind: "natural-dye",
    labels: { en: "Indigo", km: "ត្រាំ", fr: "Indigo", zh: "靛蓝", ko: "쪽(인디고)", ja: "藍" },
  },
  {
    code: "prohut",
    kind: "natural-dye",
    labels: {
      en: "Prohut (natural yellow dye)",
      km: "ប្រហូត",
      fr: "Prohut (teinture jaune naturelle)",
      zh: "普罗胡（天然黄色染料）",
      ko: "쁘로훗(천연 노란 염료)",
      ja: "プロフット（天然の黄色染料）",
    },
  },
  {
    code: "makloeur",
    kind: "natural-dye",
    labels: {
      en: "Makloeur ebony (natural black dye)",
      km: "មក្លឿ",
      fr: "Makloeur (ébène, teinture noire)",
      zh: "乌木果（天然黑色染料）",
      ko: "마끌르(천연 검정 염료)",
      ja: "マクルア（天然の黒色染料）",
    },
  },
  {
    code: "rattan",
    kind: "plant",
    labels: { en: "Rattan", km: "ផ្ដៅ", fr: "Rotin", zh: "藤", ko: "등나무", ja: "籐" },
  },
  {
    code: "bamboo",
    kind: "plant",
    labels: { en: "Bamboo", km: "ឫស្សី", fr: "Bambou", zh: "竹", ko: "대나무", ja: "竹" },
  },
  {
    code: "wood",
    kind: "plant",
    labels: { en: "Wood", km: "ឈើ", fr: "Bois", zh: "木材", ko: "목재", ja: "木" },
  },
  {
    code: "coconut-shell",
    kind: "plant",
    labels: {
      en: "Coconut shell",
      km: "សំបកដូង",
      fr: "Coque de noix de coco",
      zh: "椰子壳",
      ko: "코코넛 껍질",
      ja: "ココナッツの殻",
    },
  },
  {
    code: "clay",
    kind: "earth",
    labels: { en: "Clay", km: "ដីឥដ្ឋ", fr: "Argile", zh: "黏土", ko: "점토", ja: "粘土" },
  },
  {
    code: "sandstone",
    kind: "earth",
    labels: { en: "Sandstone", km: "ថ្មភក់", fr: "Grès", zh: "砂岩", ko: "사암", ja: "砂岩" },
  },
  {
    code: "silver",
    kind: "metal",
    labels: { en: "Silver", km: "ប្រាក់", fr: "Argent", zh: "银", ko: "은", ja: "銀" },
  },
  {
    code: "gold-leaf",
    kind: "metal",
    labels: {
      en: "Gold leaf",
      km: "ស្លឹកមាស",
      fr: "Feuille d'or",
      zh: "金箔",
      ko: "금박",
      ja: "金箔",
    },
  },
  {
    code: "cowhide",
    kind: "animal",
    labels: {
      en: "Cowhide",
      km: "ស្បែកគោ",
      fr: "Cuir de vache",
      zh: "牛皮",
      ko: "소가죽",
      ja: "牛革",
    },
  },
  {
    code: "natural-lacquer",
    kind: "resin",
    labels: {
      en: "Natural lacquer",
      km: "ម្រ័ក្សណ៍",
      fr: "Laque naturelle",
      zh: "天然漆",
      ko: "천연 옻칠",
      ja: "天然漆",
    },
  },
] as const satisfies readonly MaterialEntry[]

export type MaterialCode = (typeof MATERIALS)[number]["code"]

export const MATERIAL_CODES = codesOf<MaterialCode>(MATERIALS)
