import { useMutation, useQueryClient, type QueryKey } from "@tanstack/react-query"
import { newIdempotencyKey, producerSend } from "@/features/studio/api/producer-client"
import { STUDIO_PRODUCTS_QUERY_KEY, type StudioProductListType, type StudioProductType } from "@/features/studio/api/products"
import { saveToOutbox } from "@/features/studio/offline/outbox"

/** One variant's quick change from the list: its stock, or its USD price in minor units. */
export type VariantChangeType = { productId: string; title: string; variantId: string; stock?: number; usd?: number }

function applyChange(product: StudioProductType, change: VariantChangeType): StudioProductType {
  if (product.id !== change.productId) return product
  return {
    ...product,
    variants: product.variants.map((variant) => {
      if (variant.id !== change.variantId) return variant
      const prices =
        change.usd === undefined
          ? variant.prices
          : [
              ...variant.prices.filter((price) => price.currency_code !== "usd"),
              { currency_code: "usd", amount: change.usd },
            ]
      return { ...variant, stock: change.stock ?? variant.stock, prices }
    }),
  }
}

export function variantChangeBody(change: VariantChangeType) {
  return {
    variants: [
      {
        id: change.variantId,
        ...(change.stock === undefined ? {} : { stock: change.stock }),
        ...(change.usd === undefined ? {} : { prices: [{ currency_code: "usd", amount: change.usd }] }),
      },
    ],
  }
}

/**
 * Saves a variant's stock or price at once, showing it changed before the server answers and
 * putting it back if the server refuses. Offline, the change waits in the outbox and is sent
 * when the connection returns ("queued").
 */
export function useUpdateVariant() {
  const client = useQueryClient()
  return useMutation({
    // Offline too: the change goes to the outbox instead of waiting, paused, in memory.
    networkMode: "always",
    mutationFn: async (change: VariantChangeType): Promise<"saved" | "queued"> => {
      const body = variantChangeBody(change)
      if (!navigator.onLine) {
        await saveToOutbox({
          id: `${Date.now()}-${newIdempotencyKey()}`,
          kind: "update",
          productId: change.productId,
          title: change.title,
          body,
          photos: null,
          requestKey: newIdempotencyKey(),
          createdAt: Date.now(),
          state: "waiting",
          failure: null,
          attempts: 0,
          retryAt: 0,
          draftKey: null,
        })
        return "queued"
      }
      await producerSend(`/producer/products/${encodeURIComponent(change.productId)}`, { body })
      return "saved"
    },
    onMutate: async (change) => {
      await client.cancelQueries({ queryKey: STUDIO_PRODUCTS_QUERY_KEY })
      const before: [QueryKey, unknown][] = client.getQueriesData({ queryKey: STUDIO_PRODUCTS_QUERY_KEY })
      client.setQueriesData<StudioProductListType | StudioProductType>({ queryKey: STUDIO_PRODUCTS_QUERY_KEY }, (data) => {
        if (!data) return data
        if ("products" in data) return { ...data, products: data.products.map((product) => applyChange(product, change)) }
        return applyChange(data, change)
      })
      return { before }
    },
    onError: (_error, _change, context) => {
      context?.before.forEach(([key, data]) => client.setQueryData(key, data))
    },
    onSettled: (result) => {
      if (result !== "queued") void client.invalidateQueries({ queryKey: STUDIO_PRODUCTS_QUERY_KEY })
    },
  })
}
