import { describe, expect, it } from "vitest"
import { UI_LANGUAGES } from "../languages"
import {
  CRAFTS,
  CraftCodeSchema,
  HeritageMetadataSchema,
  labelOf,
  MATERIALS,
  PEOPLES,
  PROVINCES,
  type VocabularyEntry,
} from "../index"

const VOCABULARIES: Record<string, readonly VocabularyEntry[]> = {
  crafts: CRAFTS,
  provinces: PROVINCES,
  peoples: PEOPLES,
  materials: MATERIALS,
}

describe.each(Object.entries(VOCABULARIES))("%s", (_name, entries) => {
  it("has unique kebab-case codes", () => {
    const codes = entries.map((entry) => entry.code)
    expect(new Set(codes).size).toBe(codes.length)
    for (const code of codes) {
      expect(code).toMatch(/^[a-z]+(-[a-z]+)*$/)
    }
  })

  it("labels every entry in every UI language", () => {
    for (const entry of entries) {
      for (const language of UI_LANGUAGES) {
        expect(entry.labels[language].trim(), `${entry.code} in ${language}`).not.toBe("")
      }
    }
  })
})

describe("vocabulary", () => {
  it("lists the 25 provinces of Cambodia, Phnom Penh included", () => {
    expect(PROVINCES).toHaveLength(25)
    expect(labelOf(PROVINCES, "phnom-penh", "km")).toBe("ភ្នំពេញ")
  })

  it("names the crafts in Khmer", () => {
    expect(labelOf(CRAFTS, "sbek-thom", "km")).toBe("ស្បែកធំ")
    expect(labelOf(CRAFTS, "no-such-craft")).toBeUndefined()
  })

  it("validates codes and heritage metadata", () => {
    expect(CraftCodeSchema.safeParse("hol-silk").success).toBe(true)
    expect(CraftCodeSchema.safeParse("Hol Silk").success).toBe(false)
    const metadata = {
      craft: "pottery",
      province: "kampong-chhnang",
      people: "khmer",
      materials: ["clay"],
      unrelated: true,
    }
    expect(HeritageMetadataSchema.parse(metadata)).toEqual({
      craft: "pottery",
      province: "kampong-chhnang",
      people: "khmer",
      materials: ["clay"],
    })
    expect(HeritageMetadataSchema.safeParse({ ...metadata, materials: ["plastic"] }).success).toBe(
      false
    )
  })
})
