import type { LinkDefinition } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createRemoteLinkStep } from "@medusajs/medusa/core-flows"
import { HERITAGE_MODULE } from "../../../modules/heritage"
import { PRODUCER_MODULE } from "../../../modules/producer"
import { upsertKhmerTranslationsStep } from "../../catalogue/steps/upsert-khmer-translations"
import type { HeritageProfileInputType } from "../../catalogue/types"
import { createHeritageProfilesStep } from "../steps/create-heritage-profiles"

/** What an existing product still lacks; parts it already has are left out. */
export type ProductProvenanceInputType = {
  product_id: string
  /** The group to link the product to, when it has none. */
  producer_group_id?: string
  /** Public makers to credit, when none is credited yet. */
  public_maker_ids?: string[]
  /** The heritage profile to create and link, when it has none; `*_km` texts become translations. */
  heritage?: HeritageProfileInputType
}

export type AttachProductProvenanceWorkflowInput = { products: ProductProvenanceInputType[] }

type WithHeritage = ProductProvenanceInputType & { heritage: HeritageProfileInputType }

/**
 * Gives existing products what every product of a producer group carries: the link to its
 * group, the credited makers (their public records) and a heritage profile with its Khmer texts.
 * The demo seed uses it for the catalogue it created before groups existed. Any failure
 * removes the profiles, links and translations it made.
 */
export const attachProductProvenanceWorkflow = createWorkflow(
  "attach-product-provenance",
  (input: AttachProductProvenanceWorkflowInput) => {
    const withHeritage = transform({ input }, ({ input }) =>
      input.products.filter((product): product is WithHeritage => Boolean(product.heritage))
    )
    const profiles = createHeritageProfilesStep(
      transform({ withHeritage }, ({ withHeritage }) =>
        withHeritage.map(({ heritage }) => {
          const { technique_km, cultural_significance_km, care_km, ...profile } = heritage
          return profile
        })
      )
    )

    const links = transform(
      { input, withHeritage, profiles },
      ({ input, withHeritage, profiles }): LinkDefinition[] => [
        ...input.products.flatMap((product) => [
          ...(product.producer_group_id
            ? [
                {
                  [Modules.PRODUCT]: { product_id: product.product_id },
                  [PRODUCER_MODULE]: { producer_group_id: product.producer_group_id },
                },
              ]
            : []),
          ...(product.public_maker_ids ?? []).map((publicMakerId) => ({
            [Modules.PRODUCT]: { product_id: product.product_id },
            [PRODUCER_MODULE]: { public_maker_id: publicMakerId },
          })),
        ]),
        ...withHeritage.map((product, index) => ({
          [Modules.PRODUCT]: { product_id: product.product_id },
          [HERITAGE_MODULE]: { heritage_profile_id: profiles[index].id },
        })),
      ]
    )
    createRemoteLinkStep(links)

    const khmerTexts = transform({ withHeritage, profiles }, ({ withHeritage, profiles }) =>
      withHeritage.map(({ heritage }, index) => ({
        reference: "heritage_profile",
        reference_id: profiles[index].id,
        translations: {
          technique: heritage.technique_km,
          cultural_significance: heritage.cultural_significance_km,
          care: heritage.care_km,
        },
      }))
    )
    upsertKhmerTranslationsStep(khmerTexts)

    return new WorkflowResponse(
      transform({ input, profiles }, ({ input, profiles }) => ({
        products: input.products.length,
        heritage_profiles: profiles.length,
      }))
    )
  }
)
