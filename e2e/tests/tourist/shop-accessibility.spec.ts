import { severeViolations } from "../../accessibility"
import { SHOWCASE_PRODUCT } from "../../stack"
import { expect, test } from "../../fixtures"

for (const viewport of [
  { width: 390, height: 844 },
  { width: 1280, height: 800 },
]) {
  test.describe(`accessibility and layout at ${viewport.width}px`, () => {
    test.use({ viewport })
    // axe walks every element of a long page (the shop's filters, a product's sections): on a
    // busy two-core machine that alone can take most of the default minute.
    test.slow()

    test("the shop has no serious or critical violations and fits the screen", async ({ shopPage }, testInfo) => {
      await shopPage.goto("?q=silk")
      await shopPage.revealAllImages()

      const screenshot = testInfo.outputPath(`shop-${viewport.width}px.png`)
      await shopPage.saveFullPageScreenshot(screenshot)
      await testInfo.attach(`shop-${viewport.width}px`, { path: screenshot, contentType: "image/png" })
      expect(severeViolations(await shopPage.accessibilityViolations())).toEqual([])
      expect(await shopPage.horizontalOverflow()).toBe(0)
    })

    test("a product page has no serious or critical violations and fits the screen", async ({
      productPage,
    }, testInfo) => {
      await productPage.goto(SHOWCASE_PRODUCT.handle)
      await productPage.revealAllImages()

      const screenshot = testInfo.outputPath(`product-${viewport.width}px.png`)
      await productPage.saveFullPageScreenshot(screenshot)
      await testInfo.attach(`product-${viewport.width}px`, { path: screenshot, contentType: "image/png" })
      expect(severeViolations(await productPage.accessibilityViolations())).toEqual([])
      expect(await productPage.horizontalOverflow()).toBe(0)
    })
  })
}
