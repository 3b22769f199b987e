import { existsSync, readdirSync, rmSync } from "fs"
import path from "path"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import sharp from "sharp"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { CRAFT_CODES, fromMedusaAmount, HeritageMetadataSchema, KHMER_LOCALE } from "@sipakam/shared"
import { DEMO_PRODUCER_GROUP_HANDLES, REGIONS } from "@sipakam/demo-data"
import seedDemoCatalogue from "../../../src/scripts/seed"
import { buildCatalogue } from "../../../src/scripts/seed/catalogue"
import {
  DEFAULT_PUBLISHABLE_KEY_TITLE,
  DEMO_EMAILS,
  DEMO_ORDER_KEY,
  DEMO_PASSWORD,
  DEMO_PRODUCER_EMAILS,
  SEED_VERSION,
  SEED_VERSION_KEY,
  STOCK_LOCATION_NAME,
} from "../../../src/scripts/seed/constants"
import { planProvenance } from "../../../src/scripts/seed/provenance"
import { THUMBNAIL_PIXELS } from "../../../src/scripts/seed/upload-artwork"

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
const plan = planProvenance(catalogue)

type StoreGroup = { id: string; handle: string; name: string; province: string }
type StoreMaker = {
  id: string
  handle: string | null
  display_name: string
  story: string | null
  is_living_human_treasure: boolean
  lht_year: number | null
  has_public_profile: boolean
}
type StoreHeritage = {
  craft: string
  province: string
  people: string | null
  materials: string[]
  natural_dyes: string[]
  technique: string | null
  cultural_significance: string | null
  care: string | null
  hours_to_make: number | null
}
type StoreProvenanceProduct = StoreProduct & {
  producer_group: StoreGroup | null
  makers: StoreMaker[]
  heritage_profile: StoreHeritage | null
}

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
    "producer_group",
    "producer_member",
    "maker",
    "public_maker",
    "heritage_profile",
    "order",
    "ledger_entry",
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
  // Links, counted through the records they join.
  const { data: products } = await query.graph({
    entity: "product",
    fields: ["id", "producer_group.id", "makers.id", "heritage_profile.id"],
  })
  counts.product_group_link = products.filter((product) => product.producer_group).length
  counts.product_maker_link = products.reduce((sum, product) => sum + (product.makers?.length ?? 0), 0)
  counts.product_heritage_link = products.filter((product) => product.heritage_profile).length
  const { data: orders } = await query.graph({ entity: "order", fields: ["id", "producer_groups.id"] })
  counts.order_group_link = orders.reduce((sum, order) => sum + (order.producer_groups?.length ?? 0), 0)
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

    /** Every product the store lists for `params`, a page of 100 (the store's largest) at a time. */
    const listProducts = async (params: string): Promise<StoreProduct[]> => {
      const products: StoreProduct[] = []
      for (let offset = 0; ; offset += 100) {
        const response = await api.get(`/store/products?limit=100&offset=${offset}&${params}`, storeHeaders)
        expect(response.status).toEqual(200)
        products.push(...response.data.products)
        if (products.length >= response.data.count || response.data.products.length === 0) {
          return products
        }
      }
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
        if (!uploadsBefore.has(file) && /-sipakam-.+\.(svg|webp)$/.test(file)) {
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
        expect(product.thumbnail).toMatch(/-thumbnail\.webp$/)
        for (const image of product.images) {
          expect(image.url).toMatch(/\.svg$/)
        }
      }
    })

    it("serves each product's views as SVG and its thumbnail as a WebP of the main view", async () => {
      const [product] = await listProducts(
        "handle=naga-scale-hol-silk-scarf&fields=id,thumbnail,*images"
      )
      const view = await api.get(new URL(product.images[0].url).pathname)
      const thumbnail = await api.get(new URL(product.thumbnail ?? "").pathname, {
        responseType: "arraybuffer",
      })

      expect(view.status).toEqual(200)
      expect(view.headers["content-type"]).toContain("image/svg+xml")
      expect(view.data).toContain("<svg")
      expect(thumbnail.status).toEqual(200)
      expect(thumbnail.headers["content-type"]).toContain("image/webp")
      const { format, width, height } = await sharp(Buffer.from(thumbnail.data)).metadata()
      expect({ format, width, height }).toEqual({
        format: "webp",
        width: THUMBNAIL_PIXELS,
        height: THUMBNAIL_PIXELS,
      })
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

    it("makes every product by an active producer group, crediting its makers, with a heritage profile", async () => {
      const products = (await listProducts(
        "fields=id,handle,metadata,*producer_group,*makers,*heritage_profile"
      )) as StoreProvenanceProduct[]
      expect(products.length).toEqual(catalogue.length)

      const groups = new Map(
        products.flatMap((product) =>
          product.producer_group ? [[product.producer_group.id, product.producer_group] as const] : []
        )
      )
      expect(groups.size).toBeGreaterThanOrEqual(8)
      expect(new Set([...groups.values()].map((group) => group.province)).size).toBeGreaterThanOrEqual(5)

      for (const product of products) {
        const metadata = HeritageMetadataSchema.parse(product.metadata)
        const planned = plan.find((item) => item.handle === product.handle)
        expect(product.producer_group?.handle).toEqual(planned?.group)
        expect(product.producer_group?.province).toEqual(metadata.province)
        expect(product.makers.length).toBeGreaterThanOrEqual(1)
        expect(product.makers.length).toBeLessThanOrEqual(3)
        expect(product.heritage_profile).toMatchObject({
          craft: metadata.craft,
          province: metadata.province,
          people: metadata.people,
          materials: metadata.materials,
        })
        const heritage = product.heritage_profile as StoreHeritage
        expect(heritage.natural_dyes.every((dye) => (metadata.materials as string[]).includes(dye))).toBe(true)
        expect(heritage.technique?.length).toBeGreaterThan(100)
        expect(heritage.cultural_significance?.length).toBeGreaterThan(100)
        expect(heritage.care?.length).toBeGreaterThan(20)
        expect(Number.isInteger(heritage.hours_to_make) && (heritage.hours_to_make ?? 0) > 0).toBe(true)
      }

      const makers = products.flatMap((product) =>
        product.makers.map((maker) => ({ maker, group: product.producer_group as StoreGroup }))
      )
      const anonymous = makers.filter(({ maker }) => !maker.has_public_profile)
      expect(anonymous.length).toBeGreaterThan(0)
      for (const { maker, group } of anonymous) {
        expect(maker).toMatchObject({
          display_name: `An artisan of ${group.name}`,
          handle: null,
          story: null,
          is_living_human_treasure: false,
        })
        expect(maker).not.toHaveProperty("people")
      }
      const treasures = makers.filter(({ maker }) => maker.is_living_human_treasure)
      expect(treasures.length).toBeGreaterThan(0)
      for (const { maker } of treasures) {
        expect(maker.lht_year).toBeGreaterThanOrEqual(2012)
        expect(maker.lht_year).toBeLessThanOrEqual(2024)
        expect(maker.handle).toBeTruthy()
      }
    })

    it("tells each product's heritage in Khmer for ?locale=km-KH", async () => {
      const spec = catalogue[0]
      const [product] = (await listProducts(
        `handle=${spec.handle}&locale=${KHMER_LOCALE.code}&fields=id,*heritage_profile,*producer_group`
      )) as StoreProvenanceProduct[]

      expect(product.heritage_profile?.technique).toEqual(plan[0].heritage.technique.km)
      expect(product.heritage_profile?.cultural_significance).toEqual(
        plan[0].heritage.cultural_significance.km
      )
      expect(product.heritage_profile?.care).toEqual(plan[0].heritage.care.km)
      expect(product.producer_group?.name).toMatch(/[\u1780-\u17FF]/)
    })

    it("records 40+ makers across the groups, mostly women, some without consent, some Living Human Treasures", async () => {
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data: groups } = await query.graph({
        entity: "producer_group",
        fields: ["id", "province", "status", "trusted", "commission_rate_bps", "stock_location.id"],
      })
      expect(groups.length).toBeGreaterThanOrEqual(8)
      expect(new Set(groups.map((group) => group.province)).size).toBeGreaterThanOrEqual(5)
      expect(groups.every((group) => group.status === "active" && group.stock_location?.id)).toBe(true)
      expect(groups.some((group) => !group.trusted)).toBe(true)
      expect(new Set(groups.map((group) => group.commission_rate_bps)).size).toBeGreaterThan(3)

      const { data: makers } = await query.graph({
        entity: "maker",
        fields: ["id", "gender", "public_profile_consent", "is_living_human_treasure", "lht_year"],
      })
      const { data: publicMakers } = await query.graph({
        entity: "public_maker",
        fields: ["maker_id", "has_public_profile"],
      })
      expect(makers.length).toBeGreaterThanOrEqual(40)
      const women = makers.filter((maker) => maker.gender === "female").length
      expect(women / makers.length).toBeGreaterThan(0.5)
      expect(makers.filter((maker) => !maker.public_profile_consent).length).toBeGreaterThanOrEqual(8)
      expect(makers.filter((maker) => maker.is_living_human_treasure).length).toBeGreaterThanOrEqual(3)
      expect(
        makers.map((maker) => ({
          maker_id: maker.id,
          has_public_profile: maker.public_profile_consent,
        }))
      ).toEqual(
        expect.arrayContaining(
          publicMakers.map((row) => ({ maker_id: row.maker_id, has_public_profile: row.has_public_profile }))
        )
      )
      expect(publicMakers.length).toEqual(makers.length)
    })

    it("keeps each product's stock at its group's own location, none at the hub", async () => {
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      // Typed here: the generated query types exist only after a build.
      const { data: products } = (await query.graph({
        entity: "product",
        fields: [
          "handle",
          "producer_group.stock_location.id",
          "variants.sku",
          "variants.inventory_items.inventory.location_levels.location_id",
          "variants.inventory_items.inventory.location_levels.stocked_quantity",
        ],
      })) as {
        data: {
          handle: string
          producer_group?: { stock_location?: { id: string } | null } | null
          variants?: ({
            sku: string | null
            inventory_items?: ({
              inventory?: {
                location_levels?: ({ location_id: string; stocked_quantity: number } | null)[]
              } | null
            } | null)[]
          } | null)[]
        }[]
      }
      const {
        data: [hub],
      } = await query.graph({
        entity: "stock_location",
        fields: ["id"],
        filters: { name: STOCK_LOCATION_NAME },
      })
      expect(products.length).toEqual(catalogue.length)
      for (const product of products) {
        const spec = catalogue.find((item) => item.handle === product.handle)
        for (const variant of product.variants ?? []) {
          const levels = (variant?.inventory_items ?? []).flatMap(
            (item) => item?.inventory?.location_levels ?? []
          )
          expect(levels.map((level) => level?.location_id)).toEqual([
            product.producer_group?.stock_location?.id,
          ])
          expect(levels.map((level) => level?.location_id)).not.toContain(hub.id)
          expect(levels[0]?.stocked_quantity).toEqual(
            spec?.variants.find((item) => item.sku === variant?.sku)?.stock
          )
        }
      }
    })

    it("lets both demo producers log in to their own group, its products and its orders", async () => {
      const logins = Object.entries(DEMO_PRODUCER_EMAILS) as [keyof typeof DEMO_PRODUCER_EMAILS, string][]
      const groupIds: string[] = []
      for (const [login, email] of logins) {
        const auth = await api.post("/auth/producer/emailpass", { email, password: DEMO_PASSWORD })
        expect(auth.status).toEqual(200)
        const headers = { headers: { authorization: `Bearer ${auth.data.token}` } }

        const me = await api.get("/producer/me", headers)
        expect(me.data.member.email).toEqual(email)
        expect(me.data.group.handle).toEqual(DEMO_PRODUCER_GROUP_HANDLES[login])
        groupIds.push(me.data.group.id)

        const own = plan.filter((item) => item.group === DEMO_PRODUCER_GROUP_HANDLES[login])
        const products = await api.get("/producer/products?limit=100", headers)
        expect(products.data.count).toEqual(own.length)
        expect(products.data.products.map((product: { handle: string }) => product.handle).sort()).toEqual(
          own.map((item) => item.handle).sort()
        )
        const ownSkus = new Set<string>()
        for (const product of products.data.products) {
          for (const variant of product.variants) {
            ownSkus.add(variant.sku)
            expect(variant.stock).toBeGreaterThanOrEqual(1)
          }
        }

        const orders = await api.get("/producer/orders?limit=100", headers)
        expect(orders.data.count).toBeGreaterThanOrEqual(3)
        for (const order of orders.data.orders) {
          expect(order.items.length).toBeGreaterThanOrEqual(1)
          for (const item of order.items) {
            expect(ownSkus.has(item.variant_sku)).toBe(true)
          }
        }
      }
      expect(new Set(groupIds).size).toEqual(2)

      await expect(
        api.post("/auth/producer/emailpass", { email: DEMO_PRODUCER_EMAILS.producer, password: "wrong" })
      ).rejects.toMatchObject({ response: { status: 401 } })
    })

    it("puts the tourist's demo orders on the ledger of each group they bought from", async () => {
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data: orders } = (await query.graph({
        entity: "order",
        fields: ["id", "email", "metadata", "items.id", "producer_groups.id"],
      })) as {
        data: {
          id: string
          email: string
          metadata: Record<string, unknown> | null
          items?: ({ id: string } | null)[]
          producer_groups?: ({ id: string } | null)[]
        }[]
      }
      const demo = orders.filter((order) => order.metadata?.[DEMO_ORDER_KEY])
      expect(demo.length).toBeGreaterThanOrEqual(3)
      const { data: entries } = await query.graph({
        entity: "ledger_entry",
        fields: ["order_id", "line_item_id", "type", "producer_group_id", "amount"],
        filters: { order_id: demo.map((order) => order.id) },
      })
      for (const order of demo) {
        expect(order.email).toEqual(DEMO_EMAILS.tourist)
        const sales = entries.filter((entry) => entry.order_id === order.id && entry.type === "sale")
        expect(sales.map((entry) => entry.line_item_id).sort()).toEqual(
          (order.items ?? []).map((item) => item?.id).sort()
        )
        expect(sales.every((entry) => entry.amount > 0)).toBe(true)
        const groups = new Set(sales.map((entry) => entry.producer_group_id))
        expect(groups.size).toEqual(3)
        expect(new Set((order.producer_groups ?? []).map((group) => group?.id))).toEqual(groups)
      }
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
      expect(current.metadata?.[SEED_VERSION_KEY]).toEqual(SEED_VERSION)
      await store.updateStores(current.id, {
        metadata: { ...current.metadata, [SEED_VERSION_KEY]: null },
      })

      await seedDemoCatalogue({ container, args: [] })
      expect(await countRecords(container)).toEqual(before)
      const [reseeded] = await store.listStores({}, { select: ["metadata"] })
      expect(reseeded.metadata?.[SEED_VERSION_KEY]).toEqual(SEED_VERSION)
    })
  },
})
