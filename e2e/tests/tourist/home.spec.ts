import { severeViolations } from "../../accessibility"
import { expect, test } from "../../fixtures"

const MIN_PRODUCTS = 12
// A formatted price in any currency, e.g. "$25.50", "From €35.00", "KHR 100,000.00".
const PRICE = /^(From )?[^\d]{0,4}\d[\d.,]*[^\d]{0,4}$/
const KHMER = /[\u1780-\u17ff]/

test.describe("home page", () => {
  test("shows at least 12 products, each with a title, a loaded photo and a price", async ({
    homePage,
  }) => {
    await homePage.gotoWithProducts()

    expect(await homePage.productCards.count()).toBeGreaterThanOrEqual(MIN_PRODUCTS)
    for (let index = 0; index < MIN_PRODUCTS; index += 1) {
      const card = homePage.card(index)
      await expect(card.title).toHaveText(/\S/)
      await expect(card.image).toHaveAttribute("alt", /\S/)
      await card.revealImage()
      await expect
        .poll(() => card.imageNaturalWidth(), { message: `photo of product ${index + 1} loads` })
        .toBeGreaterThan(0)
      await expect(card.price).toHaveText(PRICE)
    }
  })

  test("shows more products when the shopper asks for them", async ({ homePage }) => {
    await homePage.gotoWithProducts()
    const shown = await homePage.productCards.count()

    await homePage.loadMore()

    await expect.poll(() => homePage.productCards.count()).toBeGreaterThan(shown)
    await expect(homePage.productCountStatus).toHaveText(
      new RegExp(`^Showing ${await homePage.productCards.count()} of \\d+ crafts$`)
    )
  })

  test("speaks Khmer, product titles included, when the shopper picks ខ្មែរ", async ({ homePage }) => {
    await homePage.gotoWithProducts()

    await homePage.switchLanguage("ខ្មែរ")

    await expect(homePage.page.locator("html")).toHaveAttribute("lang", "km")
    await expect(homePage.heading).toHaveText(KHMER)
    await expect(homePage.card(0).title).toHaveText(KHMER)
  })

  test("introduces the makers, Living Human Treasures first, each leading to their story", async ({
    homePage,
    makerPage,
  }) => {
    await homePage.goto()
    const first = homePage.makerCards.first()
    await expect(first).toContainText("Living Human Treasure")
    const name = (await first.getByRole("link").textContent()) ?? ""

    await first.getByRole("link").click()

    await expect(makerPage.heading).toHaveText(name)
  })

  test("asks for the crafts and provinces to browse by only when the shopper scrolls near them", async ({
    homePage,
  }) => {
    const searches: string[] = []
    homePage.page.on("request", (request) => {
      if (request.method() === "POST" && new URL(request.url()).pathname === "/store/search") {
        searches.push(request.postData() ?? "")
      }
    })
    await homePage.gotoWithProducts()
    await expect(homePage.makerCards.first()).toBeAttached()
    expect(searches).toEqual([])

    await homePage.revealBrowseLinks()

    await expect(homePage.craftLinks.first()).toBeVisible()
    await expect(homePage.provinceLinks.first()).toBeAttached()
    expect(searches.length).toBeGreaterThan(0)
  })

  for (const facet of ["craft", "province"] as const) {
    test(`leads to the shop narrowed to a ${facet}, with as many pieces as it says`, async ({
      homePage,
      shopPage,
    }) => {
      await homePage.goto()
      await homePage.revealBrowseLinks()
      const link = (facet === "craft" ? homePage.craftLinks : homePage.provinceLinks).first()
      await link.waitFor()
      const pieces = await homePage.browseLinkCount(link)

      await link.click()

      await expect(homePage.page).toHaveURL(new RegExp(`/shop\\?${facet}=[a-z-]+$`))
      expect(await shopPage.resultTotal()).toEqual(pieces)
    })
  }

  test("lists producer groups with their province and artisans, each leading to its page", async ({ homePage }) => {
    await homePage.goto()

    const card = homePage.groupCards.first()
    await expect(card).toContainText(/ · Artisans: \d+$/)
    const name = (await card.getByRole("link").textContent()) ?? ""
    await card.getByRole("link").click()
    await expect(homePage.page).toHaveURL(/\/producers\/[a-z0-9-]+$/)
    await expect(homePage.page.getByRole("heading", { level: 1 })).toHaveText(name)
  })

  test("shows the platform's reach in figures", async ({ homePage }) => {
    await homePage.goto()

    await expect(homePage.impactArtisans).toHaveText(/^\d+$/)
  })

  test("has no serious or critical accessibility violations", async ({ homePage }) => {
    await homePage.gotoWithEverySection()
    await homePage.revealAllImages()

    expect(severeViolations(await homePage.accessibilityViolations())).toEqual([])
  })

  for (const viewport of [
    { width: 390, height: 844 },
    { width: 1280, height: 800 },
  ]) {
    test.describe(`at ${viewport.width}px`, () => {
      test.use({ viewport })

      test("fits the screen without sideways scrolling", async ({ homePage }, testInfo) => {
        await homePage.gotoWithEverySection()
        await homePage.revealAllImages()

        const screenshot = testInfo.outputPath(`home-${viewport.width}px.png`)
        await homePage.saveFullPageScreenshot(screenshot)
        await testInfo.attach(`home-${viewport.width}px`, { path: screenshot, contentType: "image/png" })
        expect(await homePage.horizontalOverflow()).toBe(0)
      })
    })
  }
})
