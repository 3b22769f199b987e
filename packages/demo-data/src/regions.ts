import { text, type BilingualText } from "./craft-line"

/** Riels per US dollar, kept in the Cambodia region's metadata for indicative KHR prices. */
export const KHR_PER_USD = 4100

export type RegionKey = "cambodia" | "europe" | "rest-of-world"

export type RegionSpec = {
  key: RegionKey
  name: BilingualText
  currency: "usd" | "eur"
  countries: string[]
  metadata?: Record<string, unknown>
}

const countryCodes = (list: string) => list.split(" ")

export const REGIONS: RegionSpec[] = [
  {
    key: "cambodia",
    name: text("Cambodia", "កម្ពុជា"),
    currency: "usd",
    countries: ["kh"],
    metadata: { khr_per_usd: KHR_PER_USD },
  },
  {
    key: "europe",
    name: text("Europe", "អឺរ៉ុប"),
    currency: "eur",
    countries: countryCodes(
      "at be bg ch cy cz de dk ee es fi fr gb gr hr hu ie is it lt lu lv mt nl no pl pt ro se si sk"
    ),
  },
  {
    key: "rest-of-world",
    name: text("Rest of world", "ប្រទេសផ្សេងទៀត"),
    currency: "usd",
    countries: countryCodes(
      "us ca mx br ar cl au nz jp kr cn hk tw sg th vn la mm my id ph in ae il za"
    ),
  },
]
