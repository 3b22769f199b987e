import { SHOWCASE_PRODUCT } from "../../stack"
import { expect, test } from "../../fixtures"

const KHMER = /[\u1780-\u17ff]/

test.describe("the site in Khmer", () => {
  test("?lang=km shows the shop in Khmer, product titles included", async ({ shopPage }) => {
    await shopPage.goto("?lang=km")

    await expect(shopPage.html).toHaveAttribute("lang", "km")
    await expect(shopPage.heading).toHaveText(KHMER)
    await expect(shopPage.card(0).title).toHaveText(KHMER)
  })

  test("remembers Khmer on the next visit, without ?lang", async ({ shopPage }) => {
    await shopPage.goto("?lang=km")

    await shopPage.goto()

    await expect(shopPage.html).toHaveAttribute("lang", "km")
    await expect(shopPage.heading).toHaveText(KHMER)
  })

  test("shows a product's title, description and heritage in Khmer", async ({ productPage }) => {
    await productPage.goto(SHOWCASE_PRODUCT.handle, "?lang=km")

    await expect(productPage.heading).toHaveText(KHMER)
    await expect(productPage.heritage).toContainText("សូត្រហូល")
    await expect(productPage.page.getByRole("heading", { name: "ប្រាក់របស់អ្នកទៅណា" })).toBeVisible()
  })

  test("an English page draws the header's Khmer words in their small font, and downloads no Noto Sans Khmer", async ({
    shopPage,
  }) => {
    await shopPage.goto()
    await expect(shopPage.card(0).title).toBeVisible()

    await expect(shopPage.page.getByRole("banner").getByText("សិប្បកម្ម")).toBeVisible()
    await expect.poll(() => shopPage.fontFaceStatus("Sipakam Header Khmer")).toBe("loaded")
    // Khmer shown elsewhere (a coordinator's Khmer-only words, say) would rightly need the big font.
    expect(await shopPage.khmerTextOutsideBanner()).toEqual([])
    expect(await shopPage.downloadedFontFiles()).not.toContainEqual(expect.stringContaining("noto-sans-khmer"))
  })

  test("draws Khmer in the self-hosted Noto Sans Khmer", async ({ shopPage }) => {
    await shopPage.goto("?lang=km")

    await expect
      .poll(() => shopPage.page.evaluate(() => document.fonts.check('16px "Noto Sans Khmer"', "ខ្មែរ")))
      .toBe(true)
  })
})
