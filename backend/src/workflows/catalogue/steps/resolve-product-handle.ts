import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

/** How many numbered alternatives (`-2`, `-3`, ...) are tried for a handle made from a title. */
const GENERATED_HANDLE_ATTEMPTS = 20

/** A url-safe handle from a title: "Hol Silk Scarf (Naga)" becomes "hol-silk-scarf-naga". */
function handleFromTitle(title: string): string {
  const slug = title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80)
    .replace(/-+$/g, "")
  return slug || "product"
}

/**
 * The handle a product will have: the one asked for, which must be free, or one made from the
 * title, numbered when taken. `product_id` is the product being edited, whose own handle is free.
 */
export const resolveProductHandleStep = createStep(
  "resolve-product-handle",
  async (input: { handle?: string; title?: string; product_id?: string }, { container }) => {
    const products = container.resolve(Modules.PRODUCT)
    const takenAmong = async (handles: string[]): Promise<Set<string>> => {
      const found = await products.listProducts({ handle: handles }, { select: ["id", "handle"] })
      return new Set(
        found.filter((product) => product.id !== input.product_id).map((product) => product.handle)
      )
    }

    if (input.handle) {
      if ((await takenAmong([input.handle])).has(input.handle)) {
        throw new MedusaError(
          MedusaError.Types.DUPLICATE_ERROR,
          `A product with handle "${input.handle}" already exists`
        )
      }
      return new StepResponse(input.handle)
    }

    const base = handleFromTitle(input.title ?? "")
    const candidates = [
      base,
      ...Array.from({ length: GENERATED_HANDLE_ATTEMPTS }, (_, i) => `${base}-${i + 2}`),
    ]
    const taken = await takenAmong(candidates)
    const free = candidates.find((candidate) => !taken.has(candidate))
    return new StepResponse(free ?? `${base}-${Date.now().toString(36)}`)
  }
)
