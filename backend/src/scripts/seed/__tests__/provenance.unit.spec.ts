import { CRAFT_CODES, PEOPLES } from "@sipakam/shared"
import { MAKERS, PRODUCER_GROUPS } from "@sipakam/demo-data"
import { buildCatalogue } from "../catalogue"
import { makerKey, planProvenance } from "../provenance"

describe("demo producers and provenance", () => {
  const catalogue = buildCatalogue()
  const plan = planProvenance(catalogue)

  it("has at least 8 groups in at least 5 provinces, with unique handles and varied terms", () => {
    expect(PRODUCER_GROUPS.length).toBeGreaterThanOrEqual(8)
    expect(new Set(PRODUCER_GROUPS.map((group) => group.province)).size).toBeGreaterThanOrEqual(5)
    expect(new Set(PRODUCER_GROUPS.map((group) => group.handle)).size).toEqual(PRODUCER_GROUPS.length)
    for (const group of PRODUCER_GROUPS) {
      expect(Number.isInteger(group.commissionRateBps)).toBe(true)
      expect(group.commissionRateBps).toBeGreaterThanOrEqual(1000)
      expect(group.commissionRateBps).toBeLessThanOrEqual(2000)
      expect(group.name.km).toMatch(/[\u1780-\u17FF]/)
    }
    expect(PRODUCER_GROUPS.filter((group) => !group.trusted).length).toBeGreaterThanOrEqual(2)
  })

  it("has 40+ makers, mostly women, some without consent and some Living Human Treasures", () => {
    expect(MAKERS.length).toBeGreaterThanOrEqual(40)
    const women = MAKERS.filter((maker) => maker.gender === "female").length
    expect(women / MAKERS.length).toBeGreaterThanOrEqual(0.59)
    expect(women / MAKERS.length).toBeLessThanOrEqual(0.7)
    expect(MAKERS.filter((maker) => !maker.consent).length).toBeGreaterThanOrEqual(8)
    const treasures = MAKERS.filter((maker) => maker.lhtYear !== undefined)
    expect(treasures.length).toBeGreaterThanOrEqual(3)
    for (const maker of treasures) {
      expect(maker.lhtYear).toBeGreaterThanOrEqual(2012)
      expect(maker.lhtYear).toBeLessThanOrEqual(2024)
      expect(maker.consent).toBe(true)
    }
    for (const maker of MAKERS) {
      expect(maker.name_km).toMatch(/^[\u1780-\u17FF]+( [\u1780-\u17FF]+)*$/)
      // Only a consenting maker's story can be published, so the others have none to publish.
      expect(Boolean(maker.story)).toBe(maker.consent)
    }
    const indigenous = new Set<string>(PEOPLES.filter((people) => people.indigenous).map((people) => people.code))
    expect(MAKERS.some((maker) => indigenous.has(maker.people))).toBe(true)
  })

  it("gives every product one group of its craft, province and people, 1-3 of its makers and a heritage profile", () => {
    expect(plan.map((item) => item.handle)).toEqual(catalogue.map((product) => product.handle))
    const makersByKey = new Map(MAKERS.map((maker) => [makerKey(maker), maker]))
    for (const [index, item] of plan.entries()) {
      const product = catalogue[index]
      const group = PRODUCER_GROUPS.find((candidate) => candidate.handle === item.group)
      expect(group?.province).toEqual(product.heritage.province)
      expect(item.makers.length).toBeGreaterThanOrEqual(1)
      expect(item.makers.length).toBeLessThanOrEqual(3)
      expect(new Set(item.makers).size).toEqual(item.makers.length)
      for (const key of item.makers) {
        const maker = makersByKey.get(key)
        expect(maker?.group).toEqual(item.group)
        expect(maker?.crafts).toContain(product.heritage.craft)
        expect(maker?.people).toEqual(product.heritage.people)
      }
      expect(item.heritage).toMatchObject(product.heritage)
      expect(item.heritage.natural_dyes.every((dye) => product.heritage.materials.includes(dye))).toBe(true)
      expect(Number.isInteger(item.heritage.hours_to_make) && item.heritage.hours_to_make > 0).toBe(true)
      expect(item.heritage.technique.km).toMatch(/[\u1780-\u17FF]/)
      expect(item.heritage.cultural_significance.km).toMatch(/[\u1780-\u17FF]/)
      expect(item.heritage.care.km).toMatch(/[\u1780-\u17FF]/)
    }
    expect(new Set(plan.map((item) => item.heritage.craft))).toEqual(new Set(CRAFT_CODES))
  })

  it("uses every group and credits both consenting and anonymous makers", () => {
    expect(new Set(plan.map((item) => item.group))).toEqual(
      new Set(PRODUCER_GROUPS.map((group) => group.handle))
    )
    const credited = new Set(plan.flatMap((item) => item.makers))
    const anonymous = MAKERS.filter((maker) => !maker.consent).map(makerKey)
    expect(anonymous.some((key) => credited.has(key))).toBe(true)
  })

  it("is the same on every call", () => {
    expect(planProvenance(buildCatalogue())).toEqual(plan)
  })
})
