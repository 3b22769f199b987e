import {
  cambodiaRegionId,
  createCart,
  readyCart,
  sampleProducts,
  storeHeaders,
  type SampleProductType,
} from "../api.js"
import { runLoad, type LoadRequestType } from "../load.js"
import { failedResult, probe, resultOf, type ScenarioType } from "../scenario.js"

/** Carts the add-to-cart load spreads over, so concurrent requests rarely wait on one cart's lock. */
const CARTS = 50
/** Products whose variants are added in turn. */
const VARIANTS = 20
/** Completion is measured at this concurrency (the target's), whatever --connections says. */
export const COMPLETE_CONNECTIONS = 5
/** Carts completed: enough for a p95, few enough to prepare in about a minute. */
const COMPLETIONS_PER_SECOND = 5
const MAX_COMPLETIONS = 100
const MIN_COMPLETIONS = 20
/** Carts prepared at once before the completion load. */
const PREPARING = 4

export const ADD_TO_CART = "add to cart"
export const COMPLETE_CART = "complete cart"

/** Products with enough stock for `units` more sales, from the newest `pool` of the store. */
async function stockedProducts(origin: string, key: string, regionId: string, units: number, pool: number) {
  const products = await sampleProducts(origin, key, regionId, pool)
  return products.filter((product) => product.available >= units)
}

const addToCart: ScenarioType = {
  name: ADD_TO_CART,
  description: `POST /store/carts/:id/line-items, one unit of ${VARIANTS} products in turn into ${CARTS} carts in turn`,
  run: async (context) => {
    const { origin, publishableKey } = context
    let request: LoadRequestType
    try {
      const regionId = await cambodiaRegionId(origin, publishableKey)
      // Each cart receives each product a few times at most: the stock must cover it.
      const products = (await stockedProducts(origin, publishableKey, regionId, 20, 100)).slice(0, VARIANTS)
      if (!products.length) {
        throw new Error("No product has stock for the add-to-cart load")
      }
      const carts: string[] = []
      for (let index = 0; index < CARTS; index++) {
        carts.push(await createCart(origin, publishableKey, regionId))
      }
      request = {
        method: "POST",
        path: `/store/carts/${carts[0]}/line-items`,
        paths: carts.map((cartId) => `/store/carts/${cartId}/line-items`),
        headers: storeHeaders(publishableKey),
        bodies: products.map(({ variantId }) => JSON.stringify({ variant_id: variantId, quantity: 1 })),
      }
    } catch (error) {
      return failedResult(addToCart, error)
    }
    let alone: Record<string, number>
    try {
      alone = await probe(origin, request, ["first line", "second line", "third line"])
    } catch (error) {
      return failedResult(addToCart, error)
    }
    const figures = await runLoad({
      origin,
      request,
      connections: context.connections,
      durationSeconds: context.durationSeconds,
    })
    return resultOf(addToCart, figures, { unloaded_ms: alone, carts: CARTS, products: request.bodies?.length })
  },
}

/** Prepares `count` ready carts, `PREPARING` at a time, one unit each of the products in turn. */
async function prepareCarts(
  origin: string,
  key: string,
  regionId: string,
  products: SampleProductType[],
  count: number
): Promise<string[]> {
  const carts: string[] = []
  let next = 0
  const preparer = async () => {
    while (next < count) {
      const product = products[next++ % products.length]
      carts.push(await readyCart(origin, key, regionId, product.variantId))
    }
  }
  await Promise.all(Array.from({ length: PREPARING }, preparer))
  return carts
}

const completeCart: ScenarioType = {
  name: COMPLETE_CART,
  connections: COMPLETE_CONNECTIONS,
  description:
    `POST /store/carts/:id/complete at ${COMPLETE_CONNECTIONS} concurrent clients, each on its own ready cart ` +
    "(one line, shipping method, system payment session); as many carts as the duration times 5, 20 to 100",
  run: async (context) => {
    const { origin, publishableKey } = context
    const completions = Math.min(MAX_COMPLETIONS, Math.max(MIN_COMPLETIONS, context.durationSeconds * COMPLETIONS_PER_SECOND))
    let carts: string[]
    let preparedIn: number
    try {
      const regionId = await cambodiaRegionId(origin, publishableKey)
      const products = await stockedProducts(origin, publishableKey, regionId, 5, 200)
      if (!products.length) {
        throw new Error("No product has stock for the completions")
      }
      context.log(`${COMPLETE_CART}: preparing ${completions + 1} carts...`)
      const started = Date.now()
      carts = await prepareCarts(origin, publishableKey, regionId, products, completions + 1)
      preparedIn = Math.round((Date.now() - started) / 1000)
    } catch (error) {
      return failedResult(completeCart, error)
    }
    const [first, ...rest] = carts
    const headers = storeHeaders(publishableKey)
    let alone: Record<string, number>
    try {
      alone = await probe(origin, { method: "POST", path: `/store/carts/${first}/complete`, headers, bodies: ["{}"] }, [
        "one cart",
      ])
    } catch (error) {
      return failedResult(completeCart, error)
    }
    const figures = await runLoad({
      origin,
      request: {
        method: "POST",
        path: `/store/carts/${rest[0]}/complete`,
        paths: rest.map((cartId) => `/store/carts/${cartId}/complete`),
        headers,
        bodies: ["{}"],
      },
      connections: COMPLETE_CONNECTIONS,
      durationSeconds: context.durationSeconds,
      amount: rest.length,
    })
    return resultOf(completeCart, figures, { unloaded_ms: alone, carts: rest.length, carts_prepared_s: preparedIn })
  },
}

export const checkoutScenarios: ScenarioType[] = [addToCart, completeCart]
