import { existsSync, readdirSync, rmSync } from "fs"
import path from "path"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { CRAFT_CODES, fromMedusaAmount, HeritageMetadataSchema } from "@sipakam/shared"
import seedDemoCatalogue from "../../../src/scripts/seed"
import { buildCatalogue } from "../../../src/scripts/seed/catalogue"
import {
  DEFAULT_PUBLISHABLE_KEY_TITLE,
  DEMO_EMAILS,
  DEMO_PASSWORD,
  KHMER_LOCALE,
  SEED_VERSION_KEY,
} from "../../../src/scripts/seed/constants"
import { REGIONS } from "../../../src/scripts/seed/regions"

jest.setTimeout(300_000)

// The test app serves /static from <cwd>/static, so the local file provider must write there.
const UPLOAD_DIR = path.join(process.cwd(), "static")
const listUploads = () => new Set(existsSync(UPLOAD_DIR) ? readdirSync(UPLOAD_DIR) : [])

type StoreVariant = {
  id: string
  sku: string
  calculated_price?: { calculated_amount: number; currency_code: string } | null
}
type StoreProduct = {
  id: string
  handle: string
  title: string
  thumbnail: string | null
  images: { url: string }[]
  metadata: Record<string, unknown> | null
  variants: StoreVariant[]
}

/** Where each region's test cart is shipped. */
const DESTINATIONS: Record<string, { country_code: string; city: string; postal_code: string }> = {
  cambodia: { country_code: "kh", city: "Siem Reap", postal_code: "17252" },
  europe: { country_code: "fr", city: "Lyon", postal_code: "69001" },
  "rest-of-world": { country_code: "us", city: "Portland", postal_code: "97201" },
}

const catalogue = buildCatalogue()

async function countRecords(container: MedusaContainer): Promise<Record<string, number>> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const entities = [
    "product",
    "product_variant",
    "product_category",
    "region",
    "tax_region",
    "stock_location",
    "service_zone",
    "shipping_option",
    "inventory_level",
    "customer",
    "user",
  ]
  const counts: Record<string, number> = {}
  for (const entity of entities) {
    const { metadata } = await query.graph({
      entity,
      fields: ["id"],
      pagination: { take: 1, skip: 0 },
    })
    counts[entity] = metadata?.count ?? -1
  }
  const [, translations] = await container
    .resolve(Modules.TRANSLATION)
    .listAndCountTranslations({}, { take: 1 })
  counts.translation = translations
  const [, identities] = await container
    .resolve(Modules.AUTH)
    .listAndCountAuthIdentities({}, { take: 1 })
  counts.auth_identity = identities
  return counts
}

medusaIntegrationTestRunner({
  env: { FILE_UPLOAD_DIR: UPLOAD_DIR },
  testSuite: ({ api, getContainer }) => {
    let storeHeaders: { headers: Record<string, string> }
    let regionIds: Record<string, string>
    const uploadsBefore = listUploads()

    const listProducts = async (params: string): Promise<StoreProduct[]> => {
      const response = await api.get(`/store/products?limit=500&${params}`, storeHeaders)
      expect(response.status).toEqual(200)
      return response.data.products
    }

    beforeAll(async () => {
      const container = getContainer()
      await seedDemoCatalogue({ container, args: [] })

      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const {
        data: [key],
      } = await query.graph({
        entity: "api_key",
        fields: ["token"],
        filters: { type: "publishable", title: DEFAULT_PUBLISHABLE_KEY_TITLE },
      })
      storeHeaders = { headers: { "x-publishable-api-key": key.token } }
      const { data: regions } = await query.graph({ entity: "region", fields: ["id", "name"] })
      regionIds = Object.fromEntries(
        REGIONS.map((spec) => [
          spec.key,
          regions.find((region) => region.name === spec.name.en)?.id ?? "",
        ])
      )
    })

    afterAll(() => {
      for (const file of listUploads()) {
        if (!uploadsBefore.has(file) && /-sipakam-.+\.svg$/.test(file)) {
          rmSync(path.join(UPLOAD_DIR, file))
        }
      }
    })

    it("publishes the whole catalogue across every craft, with heritage metadata", async () => {
      const products = await listProducts("fields=id,handle,title,thumbnail,metadata,*images")

      expect(products.length).toBeGreaterThanOrEqual(120)
      expect(products.map((product) => product.handle).sort()).toEqual(
        catalogue.map((spec) => spec.handle).sort()
      )
      const crafts = new Set(
        products.map((product) => HeritageMetadataSchema.parse(product.metadata).craft)
      )
      expect([...crafts].sort()).toEqual([...CRAFT_CODES].sort())
      for (const product of products) {
        expect(product.images.length).toBeGreaterThanOrEqual(1)
        expect(product.images.length).toBeLessThanOrEqual(3)
        expect(product.thumbnail).toEqual(product.images[0].url)
      }
    })

    it("serves the generated artwork from the backend", async () => {
      const [product] = await listProducts("handle=naga-scale-hol-silk-scarf&fields=id,thumbnail")
      const response = await api.get(new URL(product.thumbnail ?? "").pathname)

      expect(response.status).toEqual(200)
      expect(response.headers["content-type"]).toContain("image/svg+xml")
      expect(response.data).toContain("<svg")
    })

    it("prices every variant in each region's currency, to the cent", async () => {
      for (const spec of REGIONS) {
        const products = await listProducts(
          `region_id=${regionIds[spec.key]}&fields=id,handle,*variants,*variants.calculated_price`
        )
        expect(products.length).toEqual(catalogue.length)
        for (const product of products) {
          const expected = catalogue.find((item) => item.handle === product.handle)
          for (const variant of product.variants) {
            const price = variant.calculated_price
            const specVariant = expected?.variants.find((item) => item.sku === variant.sku)
            expect(price?.currency_code).toEqual(spec.currency)
            expect(fromMedusaAmount(price?.calculated_amount ?? 0, spec.currency)).toEqual(
              specVariant?.prices[spec.currency]
            )
          }
        }
      }
    })

    it("translates titles into Khmer for ?locale=km-KH", async () => {
      const spec = catalogue[0]
      const [khmer] = await listProducts(
        `handle=${spec.handle}&locale=${KHMER_LOCALE.code}&fields=id,title,*variants`
      )
      const [english] = await listProducts(`handle=${spec.handle}&fields=id,title`)

      expect(khmer.title).toEqual(spec.title.km)
      expect(khmer.variants.map((variant) => variant.sku).sort()).toEqual(
        spec.variants.map((variant) => variant.sku).sort()
      )
      expect(english.title).toEqual(spec.title.en)
    })

    it("offers standard and express shipping for a cart in each region", async () => {
      const [product] = await listProducts("handle=blue-and-white-krama&fields=id,*variants")
      for (const spec of REGIONS) {
        const cart = await api.post(
          "/store/carts",
          {
            region_id: regionIds[spec.key],
            email: DEMO_EMAILS.tourist,
            shipping_address: {
              first_name: "Emma",
              last_name: "Laurent",
              address_1: "1 Test Street",
              ...DESTINATIONS[spec.key],
            },
            items: [{ variant_id: product.variants[0].id, quantity: 1 }],
          },
          storeHeaders
        )
        expect(cart.status).toEqual(200)

        const response = await api.get(
          `/store/shipping-options?cart_id=${cart.data.cart.id}`,
          storeHeaders
        )
        const options: { name: string; amount: number }[] = response.data.shipping_options

        expect(options.map((option) => option.name).sort()).toEqual([
          "Express shipping",
          "Standard shipping",
        ])
        for (const option of options) {
          expect(option.amount).toBeGreaterThan(0)
        }
      }
    })

    it("lets the demo customers and the operator log in", async () => {
      for (const email of [DEMO_EMAILS.tourist, DEMO_EMAILS.hotel]) {
        const login = await api.post("/auth/customer/emailpass", { email, password: DEMO_PASSWORD })
        expect(login.status).toEqual(200)
        const me = await api.get("/store/customers/me", {
          headers: { ...storeHeaders.headers, authorization: `Bearer ${login.data.token}` },
        })
        expect(me.data.customer.email).toEqual(email)
        expect(me.data.customer.addresses).toHaveLength(1)
        if (email === DEMO_EMAILS.hotel) {
          expect(me.data.customer.company_name).toEqual("Rumdul Heritage Hotel")
        }
      }

      const login = await api.post("/auth/user/emailpass", {
        email: DEMO_EMAILS.operator,
        password: DEMO_PASSWORD,
      })
      expect(login.status).toEqual(200)
      const me = await api.get("/admin/users/me", {
        headers: { authorization: `Bearer ${login.data.token}` },
      })
      expect(me.data.user.email).toEqual(DEMO_EMAILS.operator)

      await expect(
        api.post("/auth/customer/emailpass", { email: DEMO_EMAILS.tourist, password: "wrong" })
      ).rejects.toMatchObject({ response: { status: 401 } })
    })

    it("changes nothing when run again, even without its completion mark", async () => {
      const container = getContainer()
      const before = await countRecords(container)
      expect(before.product).toEqual(catalogue.length)

      await seedDemoCatalogue({ container, args: [] })
      expect(await countRecords(container)).toEqual(before)

      // Without the mark the seed walks every find-or-create again.
      const store = container.resolve(Modules.STORE)
      const [current] = await store.listStores({}, { select: ["id", "metadata"] })
      expect(current.metadata?.[SEED_VERSION_KEY]).toEqual(1)
      await store.updateStores(current.id, {
        metadata: { ...current.metadata, [SEED_VERSION_KEY]: null },
      })

      await seedDemoCatalogue({ container, args: [] })
      expect(await countRecords(container)).toEqual(before)
      const [reseeded] = await store.listStores({}, { select: ["metadata"] })
      expect(reseeded.metadata?.[SEED_VERSION_KEY]).toEqual(1)
    })
  },
})
