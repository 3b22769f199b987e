import type { Page } from "@playwright/test"
import { PARIS_ADDRESS, SILK_POUCH, uniqueEmail } from "../../stack"
import { expect, test } from "../../fixtures"

/**
 * Everything the browser refused under the storefront's content security policy, on every
 * document the page loads: the `securitypolicyviolation` events, and the console's reports (which
 * also name what a worker or frame was refused).
 */
async function recordPolicyViolations(page: Page): Promise<string[]> {
  const violations: string[] = []
  await page.exposeFunction("__sipakamReportViolation", (violation: string) => violations.push(violation))
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      const report = (window as unknown as { __sipakamReportViolation: (text: string) => void }).__sipakamReportViolation
      report(`${event.effectiveDirective} refused ${event.blockedURI || "inline"} (${event.sourceFile}:${event.lineNumber})`)
    })
  })
  page.on("console", (message) => {
    if (message.text().includes("Content Security Policy")) violations.push(message.text())
  })
  return violations
}

test.describe("content security policy", () => {
  test("the home page, a product page, the cart and checkout run under the policy without breaking it", async ({
    page,
    homePage,
    productPage,
    cartPage,
    checkoutPage,
  }) => {
    const violations = await recordPolicyViolations(page)

    const home = await page.goto("/")
    expect(home?.headers()["content-security-policy"]).toContain("script-src 'self' 'sha256-")
    expect(home?.headers()["content-security-policy"]).not.toContain("'unsafe-inline'")
    await homePage.gotoWithEverySection()
    await expect(homePage.productCards.first()).toBeVisible()

    await productPage.goto(SILK_POUCH.handle)
    await productPage.addToCart()
    await expect(productPage.addToCartStatus).toContainText("Added to your cart.")

    await cartPage.goto()
    await expect(cartPage.lines).toHaveCount(1)

    await checkoutPage.goto()
    await checkoutPage.fillAddress({ ...PARIS_ADDRESS, email: uniqueEmail("policy") })
    await checkoutPage.continueToShipping()
    await checkoutPage.chooseShipping(/Standard/)
    await checkoutPage.continueToPayment()
    await expect(checkoutPage.testPaymentNotice).toBeVisible()

    expect(violations).toEqual([])
  })
})
