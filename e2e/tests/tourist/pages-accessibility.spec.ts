import type { TestInfo } from "@playwright/test"
import { severeViolations } from "../../accessibility"
import type { StorefrontPage } from "../../pages/storefront-page"
import { PARIS_ADDRESS, RICE_BASKET, SILK_POUCH, uniqueEmail } from "../../stack"
import { expect, test } from "../../fixtures"

/** Keeps a full-page screenshot of the page as a test artifact (in test-results, never in git). */
async function attachScreenshot(page: StorefrontPage, name: string, testInfo: TestInfo): Promise<void> {
  await page.revealAllImages()
  const path = testInfo.outputPath(`${name}.png`)
  await page.saveFullPageScreenshot(path)
  await testInfo.attach(name, { path, contentType: "image/png" })
}

for (const viewport of [
  { width: 390, height: 844 },
  { width: 1280, height: 800 },
]) {
  test.describe(`purchase, account and story pages at ${viewport.width}px`, () => {
    test.use({ viewport })
    // axe on a busy two-core machine can take most of the default minute.
    test.slow()

    test("the cart has no serious or critical violations and fits the screen", async ({
      productPage,
      cartPage,
    }, testInfo) => {
      await productPage.goto(SILK_POUCH.handle)
      await productPage.addToCart()
      await productPage.goto(RICE_BASKET.handle)
      await productPage.addToCart()
      await cartPage.goto()
      await cartPage.lines.nth(1).waitFor()

      await attachScreenshot(cartPage, `cart-${viewport.width}px`, testInfo)
      expect(severeViolations(await cartPage.accessibilityViolations())).toEqual([])
      expect(await cartPage.horizontalOverflow()).toBe(0)
    })

    test("checkout has no serious or critical violations and fits the screen", async ({
      productPage,
      checkoutPage,
    }, testInfo) => {
      await productPage.goto(SILK_POUCH.handle)
      await productPage.addToCart()
      await checkoutPage.goto()
      await checkoutPage.fillAddress({ ...PARIS_ADDRESS, email: uniqueEmail("axe") })
      await checkoutPage.continueToShipping()
      await checkoutPage.shippingOptions.first().waitFor()

      await attachScreenshot(checkoutPage, `checkout-${viewport.width}px`, testInfo)
      expect(severeViolations(await checkoutPage.accessibilityViolations())).toEqual([])
      expect(await checkoutPage.horizontalOverflow()).toBe(0)
    })

    test("the order confirmation has no serious or critical violations and fits the screen", async ({
      storeApi,
      confirmationPage,
    }, testInfo) => {
      const order = await storeApi.placeGuestOrder(RICE_BASKET.handle)
      await confirmationPage.goto(order.orderId, order.token)
      await confirmationPage.lines.first().waitFor()

      await attachScreenshot(confirmationPage, `confirmation-${viewport.width}px`, testInfo)
      expect(severeViolations(await confirmationPage.accessibilityViolations())).toEqual([])
      expect(await confirmationPage.horizontalOverflow()).toBe(0)
    })

    test("the account page has no serious or critical violations and fits the screen", async ({
      accountPage,
    }, testInfo) => {
      await accountPage.goto()
      await accountPage.registerForm.waitFor()

      await attachScreenshot(accountPage, `account-${viewport.width}px`, testInfo)
      expect(severeViolations(await accountPage.accessibilityViolations())).toEqual([])
      expect(await accountPage.horizontalOverflow()).toBe(0)
    })

    test("a maker's page has no serious or critical violations and fits the screen", async ({
      storeApi,
      makerPage,
    }, testInfo) => {
      await makerPage.goto(await storeApi.makerHandle(SILK_POUCH.groupHandle, SILK_POUCH.maker))
      await makerPage.products.first().waitFor()

      await attachScreenshot(makerPage, `maker-${viewport.width}px`, testInfo)
      expect(severeViolations(await makerPage.accessibilityViolations())).toEqual([])
      expect(await makerPage.horizontalOverflow()).toBe(0)
    })

    test("a producer group's page has no serious or critical violations and fits the screen", async ({
      groupPage,
    }, testInfo) => {
      await groupPage.goto(RICE_BASKET.groupHandle)
      await groupPage.products.first().waitFor()

      await attachScreenshot(groupPage, `group-${viewport.width}px`, testInfo)
      expect(severeViolations(await groupPage.accessibilityViolations())).toEqual([])
      expect(await groupPage.horizontalOverflow()).toBe(0)
    })

    test("the impact page has no serious or critical violations and fits the screen", async ({
      impactPage,
    }, testInfo) => {
      await impactPage.goto()

      await attachScreenshot(impactPage, `impact-${viewport.width}px`, testInfo)
      expect(severeViolations(await impactPage.accessibilityViolations())).toEqual([])
      expect(await impactPage.horizontalOverflow()).toBe(0)
    })
  })
}
