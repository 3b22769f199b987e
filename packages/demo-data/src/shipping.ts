import { text, type BilingualText } from "./craft-line"
import type { RegionKey } from "./regions"

/** The demo's shipping options, standard and express, with a flat price per region. */
export type ShippingSpec = {
  code: "standard" | "express"
  name: BilingualText
  label: BilingualText
  description: BilingualText
  /** Flat prices in integer minor units, per destination region. */
  prices: Record<RegionKey, { usd: number; eur: number }>
}

export const SHIPPING: ShippingSpec[] = [
  {
    code: "standard",
    name: text("Standard shipping", "ដឹកជញ្ជូនធម្មតា"),
    label: text("Standard", "ធម្មតា"),
    description: text(
      "Tracked post: 2–4 days in Cambodia, 8–14 days abroad.",
      "ប្រៃសណីយ៍មានតាមដាន៖ ២–៤ ថ្ងៃក្នុងប្រទេសកម្ពុជា ៨–១៤ ថ្ងៃទៅបរទេស។"
    ),
    prices: {
      cambodia: { usd: 300, eur: 300 },
      europe: { usd: 2400, eur: 2200 },
      "rest-of-world": { usd: 2200, eur: 2000 },
    },
  },
  {
    code: "express",
    name: text("Express shipping", "ដឹកជញ្ជូនរហ័ស"),
    label: text("Express", "រហ័ស"),
    description: text(
      "Courier: next day in Phnom Penh and Siem Reap, 3–5 days abroad.",
      "ក្រុមហ៊ុនដឹកជញ្ជូនរហ័ស៖ ថ្ងៃបន្ទាប់ក្នុងភ្នំពេញ និងសៀមរាប ៣–៥ ថ្ងៃទៅបរទេស។"
    ),
    prices: {
      cambodia: { usd: 800, eur: 750 },
      europe: { usd: 4800, eur: 4400 },
      "rest-of-world": { usd: 4500, eur: 4100 },
    },
  },
]
