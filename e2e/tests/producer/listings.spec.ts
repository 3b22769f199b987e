import AxeBuilder from "@axe-core/playwright"
import sharp from "sharp"
import type { APIRequestContext, Page } from "@playwright/test"
import { severeViolations } from "../../accessibility"
import { expect, test } from "../../fixtures"
import type { AdminApi } from "../../api/admin-api"
import { minimalListing } from "../../api/producer-api"
import { approveListing, coordinatorOfUntrustedGroup, StudioListingsApi } from "../../api/studio-listings-api"
import { StudioAccessPage } from "../../pages/studio-page"
import { filled, LISTINGS_KM, type ListingInputType, StudioListingsPage } from "../../pages/studio-listings-page"
import { PRODUCER } from "../../stack"

test.use({ viewport: { width: 360, height: 740 } })

const { listings, offline } = LISTINGS_KM
const PHOTO_MAX_BYTES = 400 * 1024

/**
 * A 4000 x 3000 JPEG such as a phone's camera takes: soft gradients, stripes like a woven
 * pattern and a little grain, so it compresses like a photo and not like a flat colour.
 */
async function cameraPhoto(): Promise<{ name: string; mimeType: string; buffer: Buffer }> {
  const width = 4000
  const height = 3000
  const pixels = Buffer.alloc(width * height * 3)
  let seed = 7
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff
      const grain = (seed % 17) - 8
      const stripe = Math.floor(x / 40 + y / 90) % 2 ? 40 : 0
      const at = (y * width + x) * 3
      pixels[at] = Math.max(0, Math.min(255, 120 + (x * 100) / width + stripe + grain))
      pixels[at + 1] = Math.max(0, Math.min(255, 40 + (y * 60) / height + grain))
      pixels[at + 2] = Math.max(0, Math.min(255, 60 + stripe / 2 + grain))
    }
  }
  const buffer = await sharp(pixels, { raw: { width, height, channels: 3 } }).jpeg({ quality: 92 }).toBuffer()
  return { name: "IMG_20260101_101010.jpg", mimeType: "image/jpeg", buffer }
}

function listingInput(stamp: string): ListingInputType {
  return {
    title: `Hol silk scarf ${stamp}`,
    titleKm: `ក្រមាសូត្រហូល ${stamp}`,
    description: "Weft-ikat silk woven on a village loom, dyed with lac and indigo.",
    descriptionKm: "សូត្រហូល ត្បាញដោយដៃ ជ្រលក់ពណ៌ធម្មជាតិ។",
    craft: "hol-silk",
    material: "សូត្រ",
  }
}

/** Fills the editor's steps after the photos, keeping a screenshot of each. */
async function fillSteps(studio: StudioListingsPage, input: ListingInputType, shots: (name: string) => Promise<void>) {
  await studio.next.click()
  await studio.step("words").waitFor()
  await studio.fillWords(input)
  await shots("editor-2-words")
  await studio.next.click()
  await studio.step("heritage").waitFor()
  await studio.fillHeritage(input)
  await shots("editor-3-heritage")
  await studio.next.click()
  await studio.step("makers").waitFor()
  await shots("editor-4-makers")
  await studio.next.click()
  await studio.step("variants").waitFor()
  await studio.fillCosting({ materials: "8", hours: "12", wage: "10" })
  // $8 of silk + 12 hours at $10 a day ($15) = $23; with the 30 % margin $29.90, rounded up to $30.
  // The amount is written as the phone's Khmer number format writes it ("30.00$" or "$30.00").
  const apply = listings.costing.apply.split("{{")[0] ?? ""
  await studio.page.getByRole("button", { name: new RegExp(`^${apply}.*30\\.00`) }).click()
  await expect(studio.priceField()).toHaveValue("30.00")
  expect(severeViolations((await new AxeBuilder({ page: studio.page }).analyze()).violations)).toEqual([])
  await shots("editor-5-variants")
  await studio.next.click()
  await studio.step("review").waitFor()
  await shots("editor-6-review")
}

/**
 * A coordinator of a new group under review, logged in on the editor's first step, with the
 * listing the test types and a way to keep screenshots.
 */
async function startNewListing(
  page: Page,
  request: APIRequestContext,
  adminApi: AdminApi,
  groupName: string,
  stamp: string
) {
  const coordinator = await coordinatorOfUntrustedGroup(request, adminApi, groupName)
  const api = new StudioListingsApi(request, coordinator.account)
  const input = listingInput(`${stamp}${Date.now()}`)
  const studio = new StudioListingsPage(page)
  const shots = (name: string) => studio.keepScreenshot(test.info().outputPath(`${name}-km-360.png`))
  await new StudioAccessPage(page).logIn(coordinator.account)
  await studio.gotoList()
  await studio.addListing.click()
  await studio.step("photos").waitFor()
  return { group: coordinator.group, api, input, studio, shots }
}

test.describe("studio listings", () => {
  test("a coordinator of a group under review lists a piece with a camera photo; the operator approves it and it is on sale", async ({
    page,
    request,
    adminApi,
    storeApi,
  }) => {
    test.setTimeout(180_000)
    const { group, api, input, studio, shots } = await startNewListing(page, request, adminApi, "Listing Test Weavers", "")
    await expect(page.getByText(filled(listings.editor.progress, { step: 1, total: 6 }))).toBeVisible()

    const photo = await cameraPhoto()
    expect(photo.buffer.length).toBeGreaterThan(PHOTO_MAX_BYTES)
    const uploaded = page.waitForResponse((response) => response.url().endsWith("/producer/uploads") && response.ok())
    await studio.addPhoto(photo)
    const answer = (await (await uploaded).json()) as { files: { url: string }[] }
    await expect(page.getByTestId("draft-photo").getByText(listings.photos.uploaded, { exact: true })).toBeVisible()
    await shots("editor-1-photos")

    // What reached the server is the phone's smaller copy.
    const stored = await request.get(answer.files[0]?.url ?? "")
    const storedBytes = await stored.body()
    expect(storedBytes.length).toBeLessThanOrEqual(PHOTO_MAX_BYTES)
    const { width = 0, height = 0 } = await sharp(storedBytes).metadata()
    expect(Math.max(width, height)).toBeLessThanOrEqual(1600)
    expect(width / height).toBeCloseTo(4 / 3, 1)

    await fillSteps(studio, input, shots)
    await expect(page.getByText(listings.review.reviewHint)).toBeVisible()
    await studio.send()
    await page.waitForURL(/\/studio\/listings$/)
    await expect(studio.outbox.getByText(offline.sent, { exact: true })).toBeVisible()
    await shots("outbox-sent")

    await expect.poll(async () => (await api.listingsTitled(input.title)).map((listing) => listing.status)).toEqual(["proposed"])
    const [listing] = await api.listingsTitled(input.title)
    expect(listing?.images).toEqual([answer.files[0]?.url])
    expect(listing?.title_km).toBe(input.titleKm)
    expect(listing?.variants[0]?.prices).toContainEqual({ currency_code: "usd", amount: 3000 })
    await expect(studio.card(input.titleKm).getByText(listings.status.proposed)).toBeVisible()
    await shots("list-in-review")

    await approveListing(request, listing?.id ?? "")
    expect((await api.listing(listing?.id ?? "")).status).toBe("published")
    await expect.poll(() => storeApi.productIdsOfGroup(group.handle)).toContain(listing?.id)
  })

  test("a listing kept as a draft waits under Drafts, off sale and out of review, until it is sent", async ({
    page,
    request,
    adminApi,
  }) => {
    test.setTimeout(180_000)
    const { api, input, studio, shots } = await startNewListing(page, request, adminApi, "Draft Test Weavers", "draft ")
    const photo = await sharp({ create: { width: 800, height: 600, channels: 3, background: "#8a2a2a" } }).jpeg().toBuffer()
    await studio.addPhoto({ name: "scarf.jpg", mimeType: "image/jpeg", buffer: photo })
    await expect(page.getByTestId("draft-photo").getByText(listings.photos.uploaded, { exact: true })).toBeVisible()
    await fillSteps(studio, input, async () => {})
    await expect(page.getByText(listings.review.draftHint)).toBeVisible()
    await studio.keepAsDraft()
    await page.waitForURL(/\/studio\/listings$/)
    await expect(studio.outbox.getByText(offline.sent, { exact: true })).toBeVisible()
    await expect.poll(async () => (await api.listingsTitled(input.title)).map((listing) => listing.status)).toEqual(["draft"])

    await page.getByRole("button", { name: listings.tabs.draft, exact: true }).click()
    await expect(studio.card(input.titleKm).getByText(listings.status.draft)).toBeVisible()
    await shots("list-drafts")

    await studio.openToReview(input.titleKm)
    await shots("editor-review-of-a-draft")
    await studio.send()
    await page.waitForURL(/\/studio\/listings$/)
    await expect.poll(async () => (await api.listingsTitled(input.title)).map((listing) => listing.status)).toEqual(["proposed"])
    expect(await api.listingsTitled(input.title)).toHaveLength(1)
  })

  test("stock and price change in one tap from the list", async ({ page, request, producerApi }) => {
    const title = `Cotton krama ${Date.now()}`
    const product = await producerApi.createProduct(minimalListing(title))
    try {
      const api = new StudioListingsApi(request, PRODUCER)
      const studio = new StudioListingsPage(page)
      await new StudioAccessPage(page).logIn(PRODUCER)
      await studio.gotoList(`?status=published&q=${encodeURIComponent(title)}`)
      const card = studio.card(title)
      await expect(card.getByText(listings.status.published)).toBeVisible()
      await expect(page.getByRole("button", { name: listings.tabs.published })).toHaveAttribute("aria-pressed", "true")

      await card.getByRole("button", { name: filled(listings.quick.more, { name: title }) }).click()
      await expect(card.getByTestId("stock-value")).toHaveText("4")
      await expect(card.getByText(listings.quick.saved)).toBeVisible()
      await expect.poll(async () => (await api.listing(product.id)).variants[0]?.stock).toBe(4)

      const price = card.getByLabel(listings.quick.priceUsd)
      await price.fill("27.50")
      await price.press("Enter")
      await expect(card.getByText(listings.quick.saved)).toBeVisible()
      await expect
        .poll(async () => (await api.listing(product.id)).variants[0]?.prices.find((one) => one.currency_code === "usd")?.amount)
        .toBe(2750)
      expect(severeViolations((await new AxeBuilder({ page }).analyze()).violations)).toEqual([])
      await studio.keepScreenshot(test.info().outputPath("list-quick-edit-km-360.png"))
    } finally {
      await producerApi.deleteProduct(product.id)
    }
  })


  test("a listing drafted offline is sent once when the connection returns, its lost upload retried", async ({
    page,
    context,
    request,
    adminApi,
  }) => {
    test.setTimeout(180_000)
    const { api, input, studio, shots } = await startNewListing(page, request, adminApi, "Offline Test Weavers", "offline ")

    await context.setOffline(true)
    await studio.addPhoto(await cameraPhoto())
    await expect(page.getByTestId("draft-photo").getByText(listings.photos.onPhone)).toBeVisible()
    await shots("offline-editor-photos")
    await fillSteps(studio, input, async () => {})
    await expect(page.getByText(listings.review.offlineHint)).toBeVisible()
    await studio.send()
    await page.waitForURL(/\/studio\/listings$/)
    await expect(studio.outbox.getByText(offline.savedOnPhone)).toBeVisible()
    await shots("outbox-offline")

    // The first upload once back online is lost on the way; the outbox tries it again by itself.
    let aborted = 0
    let uploads = 0
    // The context's route also sees what the studio's service worker forwards.
    await context.route("**/producer/uploads", async (route) => {
      uploads += 1
      if (aborted === 0) {
        aborted += 1
        await route.abort("connectionreset")
        return
      }
      await route.continue()
    })
    await context.setOffline(false)
    await expect(studio.outbox.getByText(offline.sent, { exact: true })).toBeVisible({ timeout: 30_000 })
    await shots("outbox-sent-after-offline")
    expect(aborted).toBe(1)
    expect(uploads).toBe(2)

    await expect.poll(async () => (await api.listingsTitled(input.title)).length).toBe(1)
    // Opening the studio again sends nothing more.
    await page.reload()
    await studio.addListing.waitFor()
    await page.waitForTimeout(2_000)
    const found = await api.listingsTitled(input.title)
    expect(found).toHaveLength(1)
    expect(found[0]?.images).toHaveLength(1)
    expect(found[0]?.status).toBe("proposed")
    await expect(page.getByTestId("outbox-entry")).toHaveCount(0)
  })
})
