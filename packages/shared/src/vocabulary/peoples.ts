import { codesOf, type VocabularyEntry } from "./vocabulary.js"

interface PeopleEntry extends VocabularyEntry {
  /** Counted among Cambodia's indigenous peoples (impact reports group makers by this). */
  readonly indigenous: boolean
}

/** The peoples whose traditions the crafts belong to. */
export const PEOPLES = [
  {
    code: "khmer",
    indigenous: false,
    labels: {
      en: "Khmer",
      km: "ខ្មែរ",
      fr: "Khmer",
      zh: "高棉族",
      ko: "크메르족",
      ja: "クメール人",
    },
  },
  {
    code: "cham",
    indigenous: false,
    labels: { en: "Cham", km: "ចាម", fr: "Cham", zh: "占族", ko: "참족", ja: "チャム人" },
  },
  {
    code: "bunong",
    indigenous: true,
    labels: {
      en: "Bunong",
      km: "ព្នង",
      fr: "Bunong (Phnong)",
      zh: "普农族",
      ko: "부농족",
      ja: "ブノン族",
    },
  },
  {
    code: "kreung",
    indigenous: true,
    labels: { en: "Kreung", km: "គ្រឹង", fr: "Kreung", zh: "格龙族", ko: "끄릉족", ja: "クルン族" },
  },
  {
    code: "tampuan",
    indigenous: true,
    labels: {
      en: "Tampuan",
      km: "ទំពួន",
      fr: "Tampuan",
      zh: "坦普安族",
      ko: "땀뿌안족",
      ja: "タンプアン族",
    },
  },
  {
    code: "jarai",
    indigenous: true,
    labels: {
      en: "Jarai",
      km: "ចារ៉ាយ",
      fr: "Jaraï",
      zh: "嘉莱族",
      ko: "자라이족",
      ja: "ジャライ族",
    },
  },
  {
    code: "brao",
    indigenous: true,
    labels: { en: "Brao", km: "ប្រៅ", fr: "Brao", zh: "布劳族", ko: "브라오족", ja: "ブラオ族" },
  },
  {
    code: "kuy",
    indigenous: true,
    labels: { en: "Kuy", km: "កួយ", fr: "Kuy", zh: "奎族", ko: "꾸이족", ja: "クイ族" },
  },
  {
    code: "kavet",
    indigenous: true,
    labels: {
      en: "Kavet",
      km: "កាវ៉ែត",
      fr: "Kavet",
      zh: "卡维特族",
      ko: "까벳족",
      ja: "カヴェット族",
    },
  },
  {
    code: "stieng",
    indigenous: true,
    labels: {
      en: "Stieng",
      km: "ស្ទៀង",
      fr: "Stieng",
      zh: "斯丁族",
      ko: "스티엥족",
      ja: "スティエン族",
    },
  },
  {
    code: "por",
    indigenous: true,
    labels: {
      en: "Por (Pear)",
      km: "ព័រ",
      fr: "Por (Pear)",
      zh: "波尔族",
      ko: "뽀르족",
      ja: "ポー族",
    },
  },
] as const satisfies readonly PeopleEntry[]

export type PeopleCode = (typeof PEOPLES)[number]["code"]

export const PEOPLE_CODES = codesOf<PeopleCode>(PEOPLES)
