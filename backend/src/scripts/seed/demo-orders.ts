import {
  addShippingMethodToCartWorkflow,
  completeCartWorkflow,
  createCartWorkflow,
  createPaymentCollectionForCartWorkflow,
  createPaymentSessionsWorkflow,
  listShippingOptionsForCartWorkflow,
} from "@medusajs/medusa/core-flows"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { DEMO_PRODUCER_GROUP_HANDLES, type RegionKey } from "@sipakam/demo-data"
import { recordOrderSalesWorkflow } from "../../workflows/settlement/workflows/record-order-sales"
import { DEMO_EMAILS, DEMO_ORDER_KEY, SYSTEM_PAYMENT_PROVIDER_ID } from "./constants"
import type { SeededProduct } from "./products"
import type { ProductProvenance } from "./provenance"
import type { SeededRegions } from "./regions"

/** The shipping option type the demo orders use (fulfillment.ts: standard and express). */
const SHIPPING_TYPE_CODE = "standard"

type Address = {
  first_name: string
  last_name: string
  company?: string
  address_1: string
  city: string
  province?: string
  postal_code: string
  country_code: string
}

/** An order line: the first variant of the group's n-th product (in catalogue order). */
type LineSpec = { group: string; index: number; quantity: number }

type DemoOrderSpec = { key: string; region: RegionKey; address: Address; lines: LineSpec[] }

const HOME: Address = {
  first_name: "Emma",
  last_name: "Laurent",
  address_1: "14 rue des Tanneurs",
  city: "Lyon",
  postal_code: "69001",
  country_code: "fr",
}

const HOTEL_IN_SIEM_REAP: Address = {
  first_name: "Emma",
  last_name: "Laurent",
  company: "Rumdul Heritage Hotel",
  address_1: "Street 26, Wat Bo Village",
  city: "Siem Reap",
  province: "Siem Reap",
  postal_code: "17252",
  country_code: "kh",
}

const SISTER_IN_MONTREAL: Address = {
  first_name: "Claire",
  last_name: "Laurent",
  address_1: "1250 rue Sherbrooke Ouest",
  city: "Montréal",
  province: "QC",
  postal_code: "H3G 1H6",
  country_code: "ca",
}

const { producer, producer2 } = DEMO_PRODUCER_GROUP_HANDLES

/**
 * The tourist's orders: bought during her trip (delivered to her hotel), after it (home to
 * Lyon) and as a gift abroad. Each has lines of both demo producer groups and of a third.
 */
const DEMO_ORDERS: DemoOrderSpec[] = [
  {
    key: "tourist-siem-reap-hotel",
    region: "cambodia",
    address: HOTEL_IN_SIEM_REAP,
    lines: [
      { group: producer, index: 0, quantity: 1 },
      { group: producer2, index: 0, quantity: 1 },
      { group: "andong-russei-potters", index: 0, quantity: 2 },
    ],
  },
  {
    key: "tourist-home-lyon",
    region: "europe",
    address: HOME,
    lines: [
      { group: producer, index: 1, quantity: 2 },
      { group: producer2, index: 1, quantity: 1 },
      { group: "koh-chen-silversmiths", index: 0, quantity: 1 },
    ],
  },
  {
    key: "tourist-gift-montreal",
    region: "rest-of-world",
    address: SISTER_IN_MONTREAL,
    lines: [
      { group: producer, index: 2, quantity: 1 },
      { group: producer2, index: 2, quantity: 1 },
      { group: "wat-bo-sbek-thom-workshop", index: 0, quantity: 1 },
    ],
  },
  {
    key: "tourist-home-lyon-reorder",
    region: "europe",
    address: HOME,
    lines: [
      { group: producer, index: 3, quantity: 1 },
      { group: producer2, index: 3, quantity: 1 },
      { group: "mekong-riverbank-weavers", index: 0, quantity: 1 },
    ],
  },
]

function cartItems(
  spec: DemoOrderSpec,
  products: SeededProduct[],
  plan: ProductProvenance[]
): { variant_id: string; quantity: number }[] {
  return spec.lines.map((line) => {
    const handle = plan.filter((item) => item.group === line.group)[line.index]?.handle
    const product = products.find((candidate) => candidate.spec.handle === handle)
    const variantSpec = product?.spec.variants[0]
    const variant = product?.variants.find((candidate) => candidate.sku === variantSpec?.sku)
    if (!variantSpec || !variant) {
      throw new Error(`Demo order ${spec.key}: ${line.group} has no product #${line.index}`)
    }
    // One-of-a-kind and low-stock pieces sell one unit at a time.
    return { variant_id: variant.id, quantity: Math.min(line.quantity, variantSpec.stock) }
  })
}

/** Places one order the way the storefront does: cart, address, shipping, payment, completion. */
async function placeOrder(
  container: MedusaContainer,
  input: {
    spec: DemoOrderSpec
    regionId: string
    salesChannelId: string
    customer: { id: string; email: string }
    items: { variant_id: string; quantity: number }[]
  }
): Promise<string> {
  const { result: cart } = await createCartWorkflow(container).run({
    input: {
      region_id: input.regionId,
      sales_channel_id: input.salesChannelId,
      customer_id: input.customer.id,
      email: input.customer.email,
      shipping_address: input.spec.address,
      billing_address: input.spec.address,
      items: input.items,
      metadata: { [DEMO_ORDER_KEY]: input.spec.key },
    },
  })
  const { result: options } = await listShippingOptionsForCartWorkflow(container).run({
    input: { cart_id: cart.id, is_return: false },
  })
  const option = options.find(
    (candidate: { type?: { code?: string } | null }) => candidate.type?.code === SHIPPING_TYPE_CODE
  )
  if (!option) {
    throw new Error(`Demo order ${input.spec.key}: no ${SHIPPING_TYPE_CODE} shipping option`)
  }
  await addShippingMethodToCartWorkflow(container).run({
    input: { cart_id: cart.id, options: [{ id: option.id }] },
  })
  const { result: collection } = await createPaymentCollectionForCartWorkflow(container).run({
    input: { cart_id: cart.id },
  })
  await createPaymentSessionsWorkflow(container).run({
    input: { payment_collection_id: collection.id, provider_id: SYSTEM_PAYMENT_PROVIDER_ID },
  })
  const { result: order } = await completeCartWorkflow(container).run({ input: { id: cart.id } })
  return order.id
}

/**
 * The tourist's demo orders, placed once (each is marked in its metadata), and their sales on
 * the producer groups' ledger. The ledger is written here as well as by the order.placed
 * subscriber, which may not run inside `medusa exec`; recording an order twice writes nothing.
 */
export async function ensureDemoOrders(
  container: MedusaContainer,
  context: {
    regions: SeededRegions
    salesChannelId: string
    products: SeededProduct[]
    plan: ProductProvenance[]
  }
): Promise<string[]> {
  const email = DEMO_EMAILS.tourist
  const [customer] = await container
    .resolve(Modules.CUSTOMER)
    .listCustomers({ email, has_account: true }, { select: ["id"] })
  if (!customer) {
    throw new Error(`The demo customer ${email} does not exist`)
  }

  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: existing } = await query.graph({
    entity: "order",
    fields: ["id", "metadata"],
    filters: { customer_id: customer.id },
  })
  const orderOf = new Map(
    existing.flatMap((order) => {
      const key = order.metadata?.[DEMO_ORDER_KEY]
      return typeof key === "string" ? [[key, order.id] as const] : []
    })
  )

  const orderIds: string[] = []
  for (const spec of DEMO_ORDERS) {
    const orderId =
      orderOf.get(spec.key) ??
      (await placeOrder(container, {
        spec,
        regionId: context.regions[spec.region].id,
        salesChannelId: context.salesChannelId,
        customer: { id: customer.id, email },
        items: cartItems(spec, context.products, context.plan),
      }))
    await recordOrderSalesWorkflow(container).run({ input: { order_id: orderId } })
    orderIds.push(orderId)
  }
  return orderIds
}
