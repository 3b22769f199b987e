import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { createProductCategoriesWorkflow } from "@medusajs/medusa/core-flows"
import {
  ContainerRegistrationKeys,
  MedusaError,
  Modules,
  ProductStatus,
} from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { createProducerWithLogin, type ProducerLoginType } from "../../fixtures/producers"
import ProductHeritageProfileLink from "../../../src/links/product-heritage-profile"
import ProductProducerGroupLink from "../../../src/links/product-producer-group"
import { HERITAGE_MODULE } from "../../../src/modules/heritage"
import { PRODUCER_MODULE } from "../../../src/modules/producer"
import type ProducerModuleService from "../../../src/modules/producer/service"
import type HeritageModuleService from "../../../src/modules/heritage/service"
import { KHMER_LOCALE } from "@sipakam/shared"
import { approveProductReviewWorkflow } from "../../../src/workflows/catalogue/workflows/approve-product-review"
import { createProducerProductWorkflow } from "../../../src/workflows/catalogue/workflows/create-producer-product"
import { updateProducerProductWorkflow } from "../../../src/workflows/catalogue/workflows/update-producer-product"
import {
  countCatalogueRecords,
  createMaker,
  createStoreSetup,
  deleteImages,
  productBody,
  uploadImage,
} from "./fixtures"

jest.setTimeout(120_000)

/** Products whose title starts with this fail in the workflows' last hook, after every write. */
const FAILING_TITLE_PREFIX = "Fail after writing"

/** A product as a comparison needs it: without timestamps that any write moves, in stable order. */
function comparable(product: ProducerProduct) {
  const byKey = <T>(items: T[], key: (item: T) => string) =>
    [...items].sort((a, b) => key(a).localeCompare(key(b)))
  const { updated_at: _product, ...rest } = product as ProducerProduct & { updated_at?: string }
  const { updated_at: _heritage, ...heritage } = product.heritage_profile
  return {
    ...rest,
    heritage_profile: heritage,
    makers: byKey(product.makers, (maker) => maker.id),
    variants: byKey(product.variants, (variant) => variant.id).map((variant) => ({
      ...variant,
      prices: byKey(variant.prices, (price) => price.currency_code),
    })),
  }
}

type ProducerProduct = {
  id: string
  title: string
  title_km: string | null
  description_km: string | null
  handle: string
  status: string
  thumbnail: string | null
  images: string[]
  review_rejection_reason: string | null
  variants: {
    id: string
    title: string
    sku: string | null
    options: Record<string, string>
    prices: { currency_code: string; amount: number }[]
    stock: number
  }[]
  heritage_profile: Record<string, unknown> & { id: string }
  makers: { id: string; maker_id: string; display_name: string }[]
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let container: MedusaContainer
    let store: Awaited<ReturnType<typeof createStoreSetup>>
    let trusted: ProducerLoginType
    let untrusted: ProducerLoginType
    let pending: ProducerLoginType
    let makersA: Awaited<ReturnType<typeof createMaker>>[]
    let retiredA: Awaited<ReturnType<typeof createMaker>>
    let makerB: Awaited<ReturnType<typeof createMaker>>
    let images: { id: string; url: string }[]
    const othersImages: { id: string; url: string }[] = []

    const create = async (login: ProducerLoginType, body: Record<string, unknown>) => {
      const response = await api.post("/producer/products", body, login.headers)
      expect(response.status).toEqual(200)
      return response.data.product as ProducerProduct
    }
    const statusOf = (promise: Promise<unknown>) =>
      promise.then(
        () => 200,
        (error: { response?: { status: number } }) => error.response?.status ?? 0
      )
    const categoriesOf = async (productId: string) => {
      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const {
        data: [found],
      } = await query.graph({
        entity: "product",
        fields: ["categories.handle"],
        filters: { id: productId },
      })
      return (found.categories ?? []).map((category: { handle: string } | null) => category?.handle)
    }
    const storeProducts = async (params: string): Promise<any[]> => {
      const response = await api.get(`/store/products?${params}`, store.storeHeaders)
      return response.data.products
    }

    beforeAll(async () => {
      container = getContainer()
      store = await createStoreSetup(container)
      trusted = await createProducerWithLogin(container, api, {
        handle: "weavers-a",
        email: "a@weavers.test",
        trusted: true,
      })
      untrusted = await createProducerWithLogin(container, api, {
        handle: "weavers-b",
        email: "b@weavers.test",
      })
      pending = await createProducerWithLogin(container, api, {
        handle: "weavers-p",
        email: "p@weavers.test",
        status: "pending",
        trusted: true,
      })
      makersA = [
        await createMaker(container, {
          groupId: trusted.groupId,
          firstName: "Sophea",
          consent: true,
        }),
        await createMaker(container, {
          groupId: trusted.groupId,
          firstName: "Dara",
          consent: false,
        }),
      ]
      retiredA = await createMaker(container, {
        groupId: trusted.groupId,
        firstName: "Chanthy",
        consent: true,
        retired: true,
      })
      makerB = await createMaker(container, {
        groupId: untrusted.groupId,
        firstName: "Vanna",
        consent: true,
      })
      images = [
        await uploadImage(api, trusted.headers, "scarf-front"),
        await uploadImage(api, trusted.headers, "scarf-back"),
      ]
      // The store's craft categories, their handles the crafts' codes (as the demo seed makes them).
      await createProductCategoriesWorkflow(container).run({
        input: {
          product_categories: ["hol-silk", "phamuong-silk"].map((handle) => ({
            name: handle,
            handle,
            is_active: true,
          })),
        },
      })

      const translation = container.resolve(Modules.TRANSLATION)
      const [khmer] = await translation.listLocales({ code: KHMER_LOCALE.code })
      if (!khmer) {
        await translation.createLocales([KHMER_LOCALE])
      }

      // A later failure, after every record has been written: the workflows' own hooks.
      const failMarkedProducts = async (
        { product_id }: { product_id: string },
        { container }: { container: MedusaContainer }
      ) => {
        const product = await container.resolve(Modules.PRODUCT).retrieveProduct(product_id)
        if (product.title.startsWith(FAILING_TITLE_PREFIX)) {
          throw new MedusaError(MedusaError.Types.INVALID_DATA, "Forced failure after every write")
        }
      }
      createProducerProductWorkflow.hooks.producerProductCreated(failMarkedProducts)
      updateProducerProductWorkflow.hooks.producerProductUpdated(failMarkedProducts)
    })

    afterAll(() => deleteImages([...images, ...othersImages].map((image) => image.id)))

    describe("POST /producer/products", () => {
      it("publishes a trusted group's product with exact prices, its stock, heritage, makers and Khmer", async () => {
        const product = await create(
          trusted,
          productBody({
            images: images.map((image) => image.url),
            maker_ids: makersA.map((maker) => maker.makerId),
          })
        )

        expect(product).toMatchObject({
          title: "Naga scale hol silk scarf",
          title_km: "ក្រមាសូត្រហូល",
          description_km: "សូត្រហូល ជ្រលក់ពណ៌ធម្មជាតិ",
          handle: "naga-scale-hol-silk-scarf",
          status: ProductStatus.PUBLISHED,
          thumbnail: images[0].url,
          images: images.map((image) => image.url),
        })
        const small = product.variants.find((variant) => variant.sku === "HOL-SCARF-S")
        const large = product.variants.find((variant) => variant.sku === "HOL-SCARF-L")
        expect(small?.options).toEqual({ Size: "Small" })
        expect(small?.prices).toEqual(
          expect.arrayContaining([
            { currency_code: "usd", amount: 1999 },
            { currency_code: "eur", amount: 1850 },
          ])
        )
        expect(large?.prices).toEqual([{ currency_code: "usd", amount: 4550 }])
        expect([small?.stock, large?.stock]).toEqual([7, 0])
        expect(product.heritage_profile).toMatchObject({
          craft: "hol-silk",
          materials: ["silk", "lac", "indigo"],
          natural_dyes: ["lac", "indigo"],
          province: "takeo",
          people: "khmer",
          hours_to_make: 40,
          technique_km: "ចងហូល",
        })
        expect(product.makers.map((maker) => maker.id).sort()).toEqual(
          makersA.map((maker) => maker.publicMakerId).sort()
        )
        expect(await categoriesOf(product.id)).toEqual(["hol-silk"])

        // Stock sits at the group's own location and nowhere else.
        const query = container.resolve(ContainerRegistrationKeys.QUERY)
        const { data: items } = await query.graph({
          entity: "inventory_item",
          fields: ["sku", "location_levels.location_id", "location_levels.stocked_quantity"],
          filters: { sku: ["HOL-SCARF-S", "HOL-SCARF-L"] },
        })
        expect(items).toHaveLength(2)
        for (const item of items) {
          expect(item.location_levels).toEqual([
            expect.objectContaining({
              location_id: trusted.stockLocationId,
              stocked_quantity: item.sku === "HOL-SCARF-S" ? 7 : 0,
            }),
          ])
        }

        // The store sells it at exactly the price given, in each region's currency.
        const [usd] = await storeProducts(
          `handle=${product.handle}&region_id=${store.usdRegionId}&fields=*variants.calculated_price`
        )
        const [eur] = await storeProducts(
          `handle=${product.handle}&region_id=${store.eurRegionId}&fields=*variants.calculated_price`
        )
        const priceOf = (found: any, sku: string) =>
          found.variants.find((variant: any) => variant.sku === sku).calculated_price
        expect(priceOf(usd, "HOL-SCARF-S")).toMatchObject({
          calculated_amount: 19.99,
          currency_code: "usd",
        })
        expect(priceOf(usd, "HOL-SCARF-L")).toMatchObject({ calculated_amount: 45.5 })
        expect(priceOf(eur, "HOL-SCARF-S")).toMatchObject({
          calculated_amount: 18.5,
          currency_code: "eur",
        })

        const [khmer] = await storeProducts(`handle=${product.handle}&locale=${KHMER_LOCALE.code}`)
        expect(khmer.title).toEqual("ក្រមាសូត្រហូល")
      })

      it("proposes an untrusted group's product for review and keeps it out of the store", async () => {
        const product = await create(untrusted, productBody({ maker_ids: [makerB.makerId] }))

        expect(product.status).toEqual(ProductStatus.PROPOSED)
        expect(await storeProducts(`handle=${product.handle}`)).toEqual([])
        const listed = await api.get("/producer/products", untrusted.headers)
        expect(listed.data.products.map((item: ProducerProduct) => item.id)).toEqual([product.id])
      })

      it("keeps a pending group's product out of the store's sales channel", async () => {
        const product = await create(pending, productBody())

        expect(product.status).toEqual(ProductStatus.PUBLISHED)
        const query = container.resolve(ContainerRegistrationKeys.QUERY)
        const {
          data: [found],
        } = await query.graph({
          entity: "product",
          fields: ["sales_channels.id"],
          filters: { id: product.id },
        })
        expect(found.sales_channels).toEqual([])
        expect(await storeProducts(`handle=${product.handle}`)).toEqual([])
      })

      it("makes a single-variant product without options and numbers a taken handle", async () => {
        const body = productBody({
          options: undefined,
          variants: [
            { title: "One size", prices: [{ currency_code: "usd", amount: 1200 }], stock: 3 },
          ],
        })
        const first = await create(trusted, body)
        const second = await create(trusted, body)

        expect(first.variants).toHaveLength(1)
        expect(first.variants[0]).toMatchObject({
          stock: 3,
          prices: [{ currency_code: "usd", amount: 1200 }],
        })
        expect(second.handle).toEqual(`${first.handle}-2`)
        expect(
          await statusOf(
            api.post("/producer/products", { ...body, handle: first.handle }, trusted.headers)
          )
        ).toEqual(422)
      })

      it("accepts only the group's own uploads as images", async () => {
        const before = await countCatalogueRecords(container)
        const othersUpload = await uploadImage(api, untrusted.headers, "their-scarf")
        othersImages.push(othersUpload)
        for (const url of [
          "https://example.com/scarf.png",
          `${new URL(images[0].url).origin}/static/not-uploaded.png`,
          "javascript:alert(1)",
          othersUpload.url,
        ]) {
          expect(
            await statusOf(
              api.post("/producer/products", productBody({ images: [url] }), trusted.headers)
            )
          ).toEqual(400)
        }
        expect(await countCatalogueRecords(container)).toEqual(before)
      })
    })

    describe("GET /producer/products", () => {
      it("lists only the group's products, filtered and paginated", async () => {
        const scarf = await create(trusted, productBody())
        const basket = await create(
          trusted,
          productBody({
            title: "Rattan rice basket",
            variants: [
              {
                title: "Small",
                sku: "BASKET-S",
                options: { Size: "Small" },
                prices: [{ currency_code: "usd", amount: 900 }],
                stock: 2,
              },
            ],
            heritage: { craft: "basketry", materials: ["rattan"], province: "kampong-chhnang" },
          })
        )
        await create(untrusted, productBody({}, "B-SCARF"))

        const all = await api.get("/producer/products", trusted.headers)
        expect(all.data.count).toEqual(2)
        expect(all.data.products.map((product: ProducerProduct) => product.id).sort()).toEqual(
          [scarf.id, basket.id].sort()
        )

        const searched = await api.get("/producer/products?q=rattan", trusted.headers)
        expect(searched.data.products.map((product: ProducerProduct) => product.id)).toEqual([
          basket.id,
        ])

        const proposed = await api.get("/producer/products?status=proposed", trusted.headers)
        expect(proposed.data.count).toEqual(0)

        const page = await api.get("/producer/products?limit=1&offset=1", trusted.headers)
        expect(page.data).toMatchObject({ count: 2, limit: 1, offset: 1 })
        expect(page.data.products).toHaveLength(1)

        const one = await api.get(`/producer/products/${basket.id}`, trusted.headers)
        expect(one.data.product).toMatchObject({
          id: basket.id,
          heritage_profile: { craft: "basketry" },
        })
      })

      it("rejects unknown or malformed query parameters", async () => {
        for (const params of [
          "limit=0",
          "limit=1.5",
          "limit=abc",
          "offset=-1",
          "status=sold",
          "fields=*producer_group",
          "producer_group_id=x",
        ]) {
          expect(await statusOf(api.get(`/producer/products?${params}`, trusted.headers))).toEqual(
            400
          )
        }
        expect(await statusOf(api.get("/producer/products"))).toEqual(401)
      })
    })

    describe("POST /producer/products/:id", () => {
      it("changes prices exactly and stock at the group's location without a new review", async () => {
        const product = await create(untrusted, productBody({ maker_ids: [makerB.makerId] }))
        await approveProductReviewWorkflow(container).run({ input: { product_id: product.id } })
        const small = product.variants.find((variant) => variant.sku === "HOL-SCARF-S")!
        const large = product.variants.find((variant) => variant.sku === "HOL-SCARF-L")!

        const response = await api.post(
          `/producer/products/${product.id}`,
          {
            variants: [
              { id: small.id, prices: [{ currency_code: "usd", amount: 3150 }], stock: 12 },
              { id: large.id, prices: [{ currency_code: "eur", amount: 4001 }] },
            ],
          },
          untrusted.headers
        )
        const updated: ProducerProduct = response.data.product

        expect(updated.status).toEqual(ProductStatus.PUBLISHED)
        const smallAfter = updated.variants.find((variant) => variant.id === small.id)!
        const largeAfter = updated.variants.find((variant) => variant.id === large.id)!
        expect(smallAfter.prices).toEqual(
          expect.arrayContaining([
            { currency_code: "usd", amount: 3150 },
            { currency_code: "eur", amount: 1850 },
          ])
        )
        expect(smallAfter.prices).toHaveLength(2)
        expect(smallAfter.stock).toEqual(12)
        expect(largeAfter).toMatchObject({ title: large.title, stock: 0 })
        expect(largeAfter.prices).toEqual(
          expect.arrayContaining([
            { currency_code: "usd", amount: 4550 },
            { currency_code: "eur", amount: 4001 },
          ])
        )
        const [sold] = await storeProducts(
          `handle=${product.handle}&region_id=${store.usdRegionId}&fields=*variants.calculated_price`
        )
        expect(
          sold.variants.find((variant: any) => variant.id === small.id).calculated_price
            .calculated_amount
        ).toEqual(31.5)
      })

      it("sends an untrusted group's new handle or variant title back to review", async () => {
        const byHandle = await create(untrusted, productBody({ maker_ids: [makerB.makerId] }, "HANDLE"))
        const byVariant = await create(untrusted, productBody({ maker_ids: [makerB.makerId] }, "VARIANT"))
        for (const product of [byHandle, byVariant]) {
          await approveProductReviewWorkflow(container).run({ input: { product_id: product.id } })
        }

        const handleEdit = await api.post(
          `/producer/products/${byHandle.id}`,
          { handle: "naga-scale-scarf-renamed" },
          untrusted.headers
        )
        const variantEdit = await api.post(
          `/producer/products/${byVariant.id}`,
          { variants: [{ id: byVariant.variants[0].id, title: "Large (2 m)" }] },
          untrusted.headers
        )

        expect(handleEdit.data.product).toMatchObject({
          status: ProductStatus.PROPOSED,
          handle: "naga-scale-scarf-renamed",
        })
        expect(variantEdit.data.product.status).toEqual(ProductStatus.PROPOSED)
        expect(await storeProducts("handle=naga-scale-scarf-renamed")).toEqual([])
        expect(await storeProducts(`handle=${byVariant.handle}`)).toEqual([])
      })

      it("sends an untrusted group's edited texts back to review, not a trusted group's", async () => {
        const mine = await create(untrusted, productBody({ maker_ids: [makerB.makerId] }))
        await approveProductReviewWorkflow(container).run({ input: { product_id: mine.id } })
        const theirs = await create(
          trusted,
          productBody({ maker_ids: [makersA[0].makerId] }, "THEIRS")
        )

        const edited = await api.post(
          `/producer/products/${mine.id}`,
          { title: "Naga scale hol silk scarf, indigo", description_km: null },
          untrusted.headers
        )
        expect(edited.data.product).toMatchObject({
          status: ProductStatus.PROPOSED,
          title: "Naga scale hol silk scarf, indigo",
          title_km: "ក្រមាសូត្រហូល",
          description_km: null,
        })
        expect(await storeProducts(`handle=${mine.handle}`)).toEqual([])

        const trustedEdit = await api.post(
          `/producer/products/${theirs.id}`,
          {
            title_km: "ក្រមាសូត្រហូល ថ្មី",
            images: [images[1].url],
            heritage: { craft: "phamuong-silk", hours_to_make: null, care_km: "លាងដោយដៃ" },
            maker_ids: [makersA[1].makerId],
          },
          trusted.headers
        )
        const product: ProducerProduct = trustedEdit.data.product
        expect(product).toMatchObject({
          status: ProductStatus.PUBLISHED,
          title_km: "ក្រមាសូត្រហូល ថ្មី",
          images: [images[1].url],
          thumbnail: images[1].url,
          heritage_profile: {
            craft: "phamuong-silk",
            province: "takeo",
            hours_to_make: null,
            care_km: "លាងដោយដៃ",
            technique_km: "ចងហូល",
          },
        })
        expect(product.makers.map((maker) => maker.id)).toEqual([makersA[1].publicMakerId])
        expect(await categoriesOf(product.id)).toEqual(["phamuong-silk"])
      })

      it("keeps a draft off sale and out of review until the group sends it", async () => {
        const mine = await create(untrusted, productBody({ draft: true, maker_ids: [makerB.makerId] }))
        const theirs = await create(
          trusted,
          productBody({ draft: true, maker_ids: [makersA[0].makerId] }, "THEIRS")
        )
        expect([mine.status, theirs.status]).toEqual([ProductStatus.DRAFT, ProductStatus.DRAFT])
        expect(await storeProducts(`handle=${theirs.handle}`)).toEqual([])

        const edited = await api.post(
          `/producer/products/${theirs.id}`,
          { title: "Naga scale hol silk scarf, finished" },
          trusted.headers
        )
        expect(edited.data.product.status).toEqual(ProductStatus.DRAFT)
        const drafts = await api.get("/producer/products?status=draft", trusted.headers)
        expect(drafts.data.products.map((item: ProducerProduct) => item.id)).toEqual([theirs.id])

        const sentMine = await api.post(
          `/producer/products/${mine.id}`,
          { send_for_review: true },
          untrusted.headers
        )
        expect(sentMine.data.product.status).toEqual(ProductStatus.PROPOSED)
        expect(await storeProducts(`handle=${mine.handle}`)).toEqual([])

        const sentTheirs = await api.post(
          `/producer/products/${theirs.id}`,
          { send_for_review: true, title_km: "ក្រមាសូត្រហូល រួចរាល់" },
          trusted.headers
        )
        expect(sentTheirs.data.product).toMatchObject({
          status: ProductStatus.PUBLISHED,
          title: "Naga scale hol silk scarf, finished",
          title_km: "ក្រមាសូត្រហូល រួចរាល់",
        })
        const [onSale] = await storeProducts(`handle=${theirs.handle}`)
        expect(onSale.id).toEqual(theirs.id)

        // Sending one again changes nothing; only `true` is a way to send.
        const again = await api.post(
          `/producer/products/${theirs.id}`,
          { send_for_review: true },
          trusted.headers
        )
        expect(again.data.product.status).toEqual(ProductStatus.PUBLISHED)
        for (const body of [{ send_for_review: false }, { send_for_review: "yes" }]) {
          expect(
            await statusOf(api.post(`/producer/products/${theirs.id}`, body, trusted.headers))
          ).toEqual(400)
        }
        expect(await statusOf(api.post("/producer/products", productBody({ draft: "yes" }), trusted.headers))).toEqual(400)
      })

      it("keeps a maker who retired credited, but credits no retired maker anew", async () => {
        const maker = await createMaker(container, {
          groupId: trusted.groupId,
          firstName: "Bopha",
          consent: true,
        })
        const product = await create(trusted, productBody({ maker_ids: [maker.makerId] }))
        await container
          .resolve<ProducerModuleService>(PRODUCER_MODULE)
          .updateMakers({ id: maker.makerId, retired_at: new Date() })
        const url = `/producer/products/${product.id}`

        const kept = await api.post(
          url,
          { maker_ids: [maker.makerId, makersA[0].makerId] },
          trusted.headers
        )
        expect(kept.data.product.makers.map((item: { id: string }) => item.id).sort()).toEqual(
          [maker.publicMakerId, makersA[0].publicMakerId].sort()
        )
        expect(
          await statusOf(
            api.post(url, { maker_ids: [maker.makerId, retiredA.makerId] }, trusted.headers)
          )
        ).toEqual(400)
      })

      it("changes nothing on bad input", async () => {
        const product = await create(trusted, productBody())
        const variantId = product.variants[0].id
        const bad: unknown[] = [
          {},
          { status: "published" },
          { producer_group_id: untrusted.groupId },
          { title: "" },
          { title: "x".repeat(201) },
          { title: 42 },
          { handle: "Not A Handle" },
          { variants: [{ id: variantId, prices: [{ currency_code: "usd", amount: -100 }] }] },
          { variants: [{ id: variantId, prices: [{ currency_code: "usd", amount: 10.5 }] }] },
          { variants: [{ id: variantId, prices: [{ currency_code: "usd", amount: 0 }] }] },
          { variants: [{ id: variantId, prices: [{ currency_code: "khr", amount: 100 }] }] },
          { variants: [{ id: variantId, stock: -1 }] },
          { variants: [{ id: variantId, stock: 2.5 }] },
          { variants: [{ id: variantId, sku: "NEW" }] },
          { heritage: { craft: "plastic-moulding" } },
          { heritage: { natural_dyes: ["silk"] } },
          { maker_ids: "mkr_1" },
        ]
        for (const body of bad) {
          expect(
            await statusOf(api.post(`/producer/products/${product.id}`, body, trusted.headers))
          ).toEqual(400)
        }
        expect(
          await statusOf(
            api.post(`/producer/products/${product.id}`, '{"title": "broken', {
              headers: { ...trusted.headers.headers, "content-type": "application/json" },
            })
          )
        ).toEqual(400)
        const unknownVariant = { variants: [{ id: "variant_of_nothing", stock: 3 }] }
        expect(
          await statusOf(
            api.post(`/producer/products/${product.id}`, unknownVariant, trusted.headers)
          )
        ).toEqual(404)
        expect(
          await statusOf(
            api.get(`/producer/products/${product.id}?fields=*producer_group`, trusted.headers)
          )
        ).toEqual(400)

        const after = await api.get(`/producer/products/${product.id}`, trusted.headers)
        expect(after.data.product).toEqual(product)
      })
    })

    describe("DELETE /producer/products/:id", () => {
      it("removes the product with its heritage profile, stock and links", async () => {
        const product = await create(trusted, productBody({ maker_ids: [makersA[0].makerId] }))
        const before = await countCatalogueRecords(container)

        const response = await api.delete(`/producer/products/${product.id}`, trusted.headers)

        expect(response.data).toEqual({ id: product.id, object: "product", deleted: true })
        expect(
          await statusOf(api.get(`/producer/products/${product.id}`, trusted.headers))
        ).toEqual(404)
        expect(await storeProducts(`handle=${product.handle}`)).toEqual([])
        const heritage: HeritageModuleService = container.resolve(HERITAGE_MODULE)
        expect(await heritage.listHeritageProfiles({ id: product.heritage_profile.id })).toEqual([])
        const after = await countCatalogueRecords(container)
        expect(after).toEqual({
          ...before,
          products: before.products - 1,
          variants: before.variants - 2,
          inventory_items: before.inventory_items - 2,
          inventory_levels: before.inventory_levels - 2,
          heritage_profiles: before.heritage_profiles - 1,
          translations: before.translations - 2,
          group_links: before.group_links - 1,
          maker_links: before.maker_links - 1,
        })
      })
    })

    describe("isolation between groups", () => {
      it("answers 404 to another group for every product route and leaves the product alone", async () => {
        const product = await create(trusted, productBody({ maker_ids: [makersA[0].makerId] }))
        const url = `/producer/products/${product.id}`

        expect(await statusOf(api.get(url, untrusted.headers))).toEqual(404)
        expect(await statusOf(api.post(url, { title: "Taken over" }, untrusted.headers))).toEqual(
          404
        )
        expect(
          await statusOf(
            api.post(
              url,
              { variants: [{ id: product.variants[0].id, stock: 0 }] },
              untrusted.headers
            )
          )
        ).toEqual(404)
        expect(await statusOf(api.delete(url, untrusted.headers))).toEqual(404)
        const list = await api.get("/producer/products", untrusted.headers)
        expect(list.data.products).toEqual([])

        const after = await api.get(url, trusted.headers)
        expect(after.data.product).toEqual(product)
      })

      it("cannot credit another group's makers nor create into another group", async () => {
        const before = await countCatalogueRecords(container)

        expect(
          await statusOf(
            api.post(
              "/producer/products",
              productBody({ maker_ids: [makersA[0].makerId] }),
              untrusted.headers
            )
          )
        ).toEqual(404)
        expect(
          await statusOf(
            api.post(
              "/producer/products",
              productBody({ maker_ids: [retiredA.makerId] }),
              trusted.headers
            )
          )
        ).toEqual(400)
        for (const field of [
          "producer_group_id",
          "group_id",
          "status",
          "sales_channels",
          "stock_location_id",
        ]) {
          expect(
            await statusOf(
              api.post(
                "/producer/products",
                productBody({ [field]: trusted.groupId }),
                untrusted.headers
              )
            )
          ).toEqual(400)
        }
        expect(await countCatalogueRecords(container)).toEqual(before)

        const mine = await create(untrusted, productBody({ maker_ids: [makerB.makerId] }))
        expect(
          await statusOf(
            api.post(
              `/producer/products/${mine.id}`,
              { maker_ids: [makersA[0].makerId] },
              untrusted.headers
            )
          )
        ).toEqual(404)
        const query = container.resolve(ContainerRegistrationKeys.QUERY)
        const { data: links } = await query.graph({
          entity: ProductProducerGroupLink.entryPoint,
          fields: ["producer_group_id"],
          filters: { product_id: mine.id },
        })
        expect(links).toEqual([expect.objectContaining({ producer_group_id: untrusted.groupId })])
        const after = await api.get(`/producer/products/${mine.id}`, untrusted.headers)
        expect(after.data.product.makers.map((maker: { id: string }) => maker.id)).toEqual([
          makerB.publicMakerId,
        ])
      })
    })

    describe("bad input and failures", () => {
      it("rejects every malformed product with 400 and creates nothing", async () => {
        const valid = productBody()
        const variant = (valid.variants as Record<string, unknown>[])[0]
        const withVariant = (patch: Record<string, unknown>) =>
          productBody({
            options: undefined,
            variants: [{ ...variant, options: undefined, ...patch }],
          })
        const bad: unknown[] = [
          {},
          { ...valid, title: undefined },
          { ...valid, description: undefined },
          { ...valid, heritage: undefined },
          { ...valid, variants: [] },
          { ...valid, title: "x".repeat(201) },
          { ...valid, description: "x".repeat(5001) },
          { ...valid, title: ["Scarf"] },
          { ...valid, unknown_field: true },
          withVariant({ prices: [{ currency_code: "usd", amount: -1999 }] }),
          withVariant({ prices: [{ currency_code: "usd", amount: 19.99 }] }),
          withVariant({ prices: [{ currency_code: "usd", amount: 0 }] }),
          withVariant({ prices: [{ currency_code: "usd", amount: 1e12 }] }),
          withVariant({ prices: [{ currency_code: "usd", amount: "1999" }] }),
          withVariant({ prices: [{ currency_code: "eur", amount: 1999 }] }),
          withVariant({
            prices: [
              { currency_code: "usd", amount: 1999 },
              { currency_code: "usd", amount: 2000 },
            ],
          }),
          withVariant({ stock: -1 }),
          withVariant({ stock: 1.5 }),
          withVariant({ stock: "7" }),
          withVariant({ sku: "has spaces" }),
          withVariant({ extra: 1 }),
          productBody({ heritage: { ...valid.heritage, craft: "plastic-moulding" } }),
          productBody({ heritage: { ...valid.heritage, province: "paris" } }),
          productBody({ heritage: { ...valid.heritage, materials: [] } }),
          productBody({ heritage: { ...valid.heritage, natural_dyes: ["silk"] } }),
          productBody({ heritage: { ...valid.heritage, hours_to_make: 1.5 } }),
          productBody({ heritage: { ...valid.heritage, secret: "x" } }),
          productBody({ maker_ids: ["mkr_1", "mkr_1"] }),
          productBody({ options: undefined }),
          productBody({
            variants: (valid.variants as Record<string, unknown>[]).map((item) => ({
              ...item,
              options: { Size: "Small" },
            })),
          }),
          productBody({
            variants: (valid.variants as Record<string, unknown>[]).map((item) => ({
              ...item,
              sku: "SAME",
            })),
          }),
        ]
        const before = await countCatalogueRecords(container)
        for (const body of bad) {
          expect(await statusOf(api.post("/producer/products", body, trusted.headers))).toEqual(400)
        }
        expect(
          await statusOf(
            api.post("/producer/products", '{"title": "Scarf", ', {
              headers: { ...trusted.headers.headers, "content-type": "application/json" },
            })
          )
        ).toEqual(400)
        expect(await countCatalogueRecords(container)).toEqual(before)
      })

      it("leaves no product, heritage profile, stock, link or translation when a late step fails", async () => {
        const before = await countCatalogueRecords(container)

        const status = await statusOf(
          api.post(
            "/producer/products",
            productBody({
              title: `${FAILING_TITLE_PREFIX}: scarf`,
              maker_ids: [makersA[0].makerId],
              images: [images[0].url],
            }),
            trusted.headers
          )
        )

        expect(status).toEqual(400)
        expect(await countCatalogueRecords(container)).toEqual(before)
        const query = container.resolve(ContainerRegistrationKeys.QUERY)
        const { data: heritageLinks } = await query.graph({
          entity: ProductHeritageProfileLink.entryPoint,
          fields: ["product_id"],
        })
        expect(heritageLinks).toEqual([])
        expect(await storeProducts("q=Fail")).toEqual([])
      })

      it("puts every field back when an edit fails after writing", async () => {
        const product = await create(
          trusted,
          productBody({ images: [images[0].url], maker_ids: [makersA[0].makerId] })
        )
        const before = await countCatalogueRecords(container)
        const [small, large] = product.variants

        const status = await statusOf(
          api.post(
            `/producer/products/${product.id}`,
            {
              title: `${FAILING_TITLE_PREFIX}: new title`,
              title_km: "ចំណងជើងថ្មី",
              description_km: null,
              handle: "a-new-handle",
              images: [images[1].url],
              heritage: {
                craft: "phamuong-silk",
                hours_to_make: null,
                care: "Dry clean",
                care_km: "សម្អាតស្ងួត",
              },
              maker_ids: [makersA[1].makerId],
              variants: [
                {
                  id: small.id,
                  title: "Tiny",
                  prices: [{ currency_code: "usd", amount: 2500 }],
                  stock: 99,
                },
                { id: large.id, prices: [{ currency_code: "eur", amount: 3999 }], stock: 5 },
              ],
            },
            trusted.headers
          )
        )

        expect(status).toEqual(400)
        const after = await api.get(`/producer/products/${product.id}`, trusted.headers)
        expect(comparable(after.data.product)).toEqual(comparable(product))
        expect(await countCatalogueRecords(container)).toEqual(before)
        expect(await categoriesOf(product.id)).toEqual(["hol-silk"])
        const [khmer] = await storeProducts(`handle=${product.handle}&locale=${KHMER_LOCALE.code}`)
        expect(khmer.title).toEqual("ក្រមាសូត្រហូល")
      })
    })
  },
})
