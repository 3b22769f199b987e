import { codesOf, type VocabularyEntry } from "./vocabulary.js"

/** Cambodia's 24 provinces and the capital, Phnom Penh: where a craft comes from. */
export const PROVINCES = [
  {
    code: "banteay-meanchey",
    labels: {
      en: "Banteay Meanchey",
      km: "បន្ទាយមានជ័យ",
      fr: "Banteay Meanchey",
      zh: "班迭棉吉",
      ko: "반떼아이민쩨이",
      ja: "バンテイメンチェイ",
    },
  },
  {
    code: "battambang",
    labels: {
      en: "Battambang",
      km: "បាត់ដំបង",
      fr: "Battambang",
      zh: "马德望",
      ko: "바탐방",
      ja: "バッタンバン",
    },
  },
  {
    code: "kampong-cham",
    labels: {
      en: "Kampong Cham",
      km: "កំពង់ចាម",
      fr: "Kampong Cham",
      zh: "磅湛",
      ko: "깜뽕짬",
      ja: "コンポンチャム",
    },
  },
  {
    code: "kampong-chhnang",
    labels: {
      en: "Kampong Chhnang",
      km: "កំពង់ឆ្នាំង",
      fr: "Kampong Chhnang",
      zh: "磅清扬",
      ko: "깜뽕치낭",
      ja: "コンポンチュナン",
    },
  },
  {
    code: "kampong-speu",
    labels: {
      en: "Kampong Speu",
      km: "កំពង់ស្ពឺ",
      fr: "Kampong Speu",
      zh: "磅士卑",
      ko: "깜뽕스프",
      ja: "コンポンスプー",
    },
  },
  {
    code: "kampong-thom",
    labels: {
      en: "Kampong Thom",
      km: "កំពង់ធំ",
      fr: "Kampong Thom",
      zh: "磅同",
      ko: "깜뽕톰",
      ja: "コンポントム",
    },
  },
  {
    code: "kampot",
    labels: { en: "Kampot", km: "កំពត", fr: "Kampot", zh: "贡布", ko: "깜뽓", ja: "カンポット" },
  },
  {
    code: "kandal",
    labels: { en: "Kandal", km: "កណ្ដាល", fr: "Kandal", zh: "干丹", ko: "깐달", ja: "カンダール" },
  },
  {
    code: "kep",
    labels: { en: "Kep", km: "កែប", fr: "Kep", zh: "白马", ko: "껩", ja: "ケップ" },
  },
  {
    code: "koh-kong",
    labels: {
      en: "Koh Kong",
      km: "កោះកុង",
      fr: "Koh Kong",
      zh: "国公",
      ko: "꺼꽁",
      ja: "コッコン",
    },
  },
  {
    code: "kratie",
    labels: { en: "Kratie", km: "ក្រចេះ", fr: "Kratié", zh: "桔井", ko: "끄라쩨", ja: "クラチエ" },
  },
  {
    code: "mondulkiri",
    labels: {
      en: "Mondulkiri",
      km: "មណ្ឌលគិរី",
      fr: "Mondulkiri",
      zh: "蒙多基里",
      ko: "몬돌끼리",
      ja: "モンドルキリ",
    },
  },
  {
    code: "oddar-meanchey",
    labels: {
      en: "Oddar Meanchey",
      km: "ឧត្តរមានជ័យ",
      fr: "Oddar Meanchey",
      zh: "奥多棉吉",
      ko: "오다르민쩨이",
      ja: "ウドーミアンチェイ",
    },
  },
  {
    code: "pailin",
    labels: { en: "Pailin", km: "ប៉ៃលិន", fr: "Pailin", zh: "拜林", ko: "빠일린", ja: "パイリン" },
  },
  {
    code: "phnom-penh",
    labels: {
      en: "Phnom Penh",
      km: "ភ្នំពេញ",
      fr: "Phnom Penh",
      zh: "金边",
      ko: "프놈펜",
      ja: "プノンペン",
    },
  },
  {
    code: "preah-sihanouk",
    labels: {
      en: "Preah Sihanouk",
      km: "ព្រះសីហនុ",
      fr: "Preah Sihanouk",
      zh: "西哈努克",
      ko: "쁘레아시하누크",
      ja: "プレアシアヌーク",
    },
  },
  {
    code: "preah-vihear",
    labels: {
      en: "Preah Vihear",
      km: "ព្រះវិហារ",
      fr: "Preah Vihear",
      zh: "柏威夏",
      ko: "쁘레아비히어",
      ja: "プレアヴィヒア",
    },
  },
  {
    code: "prey-veng",
    labels: {
      en: "Prey Veng",
      km: "ព្រៃវែង",
      fr: "Prey Veng",
      zh: "波罗勉",
      ko: "쁘레이벵",
      ja: "プレイベン",
    },
  },
  {
    code: "pursat",
    labels: {
      en: "Pursat",
      km: "ពោធិ៍សាត់",
      fr: "Pursat",
      zh: "菩萨",
      ko: "뽀삿",
      ja: "ポーサット",
    },
  },
  {
    code: "ratanakiri",
    labels: {
      en: "Ratanakiri",
      km: "រតនគិរី",
      fr: "Ratanakiri",
      zh: "腊塔纳基里",
      ko: "라따나끼리",
      ja: "ラタナキリ",
    },
  },
  {
    code: "siem-reap",
    labels: {
      en: "Siem Reap",
      km: "សៀមរាប",
      fr: "Siem Reap",
      zh: "暹粒",
      ko: "시엠립",
      ja: "シェムリアップ",
    },
  },
  {
    code: "stung-treng",
    labels: {
      en: "Stung Treng",
      km: "ស្ទឹងត្រែង",
      fr: "Stung Treng",
      zh: "上丁",
      ko: "스뚱뜨렝",
      ja: "ストゥントレン",
    },
  },
  {
    code: "svay-rieng",
    labels: {
      en: "Svay Rieng",
      km: "ស្វាយរៀង",
      fr: "Svay Rieng",
      zh: "柴桢",
      ko: "스바이리엥",
      ja: "スヴァイリエン",
    },
  },
  {
    code: "takeo",
    labels: { en: "Takeo", km: "តាកែវ", fr: "Takeo", zh: "茶胶", ko: "따께오", ja: "タケオ" },
  },
  {
    code: "tbong-khmum",
    labels: {
      en: "Tbong Khmum",
      km: "ត្បូងឃ្មុំ",
      fr: "Tbong Khmum",
      zh: "特本克蒙",
      ko: "뜨봉크뭄",
      ja: "トボンクムン",
    },
  },
] as const satisfies readonly VocabularyEntry[]

export type ProvinceCode = (typeof PROVINCES)[number]["code"]

export const PROVINCE_CODES = codesOf<ProvinceCode>(PROVINCES)
