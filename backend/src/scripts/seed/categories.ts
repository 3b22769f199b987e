import { createProductCategoriesWorkflow } from "@medusajs/medusa/core-flows"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { CRAFTS, type CraftCode } from "@sipakam/shared"
import { CRAFT_LINES, type BilingualText } from "@sipakam/demo-data"

export type SeededCategory = {
  id: string
  craft: CraftCode
  name: BilingualText
  description: BilingualText
}

/** One product category per craft, its handle the craft's vocabulary code. */
export async function ensureCraftCategories(container: MedusaContainer): Promise<SeededCategory[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const specs = CRAFTS.map((craft) => {
    const line = CRAFT_LINES.find((candidate) => candidate.craft === craft.code)
    if (!line) {
      throw new Error(`No catalogue line for craft ${craft.code}`)
    }
    return {
      craft: craft.code,
      name: { en: craft.labels.en, km: craft.labels.km },
      description: line.summary,
    }
  })
  const find = async () => {
    const { data } = await query.graph({
      entity: "product_category",
      fields: ["id", "handle"],
      filters: { handle: specs.map((spec) => spec.craft) },
    })
    return data
  }
  let categories = await find()
  const missing = specs.filter(
    (spec) => !categories.some((category) => category.handle === spec.craft)
  )
  if (missing.length) {
    await createProductCategoriesWorkflow(container).run({
      input: {
        product_categories: missing.map((spec) => ({
          name: spec.name.en,
          handle: spec.craft,
          description: spec.description.en,
          is_active: true,
          is_internal: false,
        })),
      },
    })
    categories = await find()
  }
  return specs.map((spec) => {
    const category = categories.find((candidate) => candidate.handle === spec.craft)
    if (!category) {
      throw new Error(`Category ${spec.craft} was not created`)
    }
    return { id: category.id, ...spec }
  })
}
