import { PARIS_ADDRESS, RICE_BASKET, SILK_POUCH, uniqueEmail } from "../../stack"
import { expect, test } from "../../fixtures"

test.describe("checkout", () => {
  test("a tourist buys from two groups with the test payment and sees the confirmation, in the currency of the address", async ({
    productPage,
    checkoutPage,
    confirmationPage,
  }) => {
    await productPage.goto(SILK_POUCH.handle)
    await productPage.addToCart()
    await productPage.goto(RICE_BASKET.handle)
    await productPage.addToCart()

    await checkoutPage.goto()
    await checkoutPage.fillAddress({ ...PARIS_ADDRESS, email: uniqueEmail("tourist") })
    await checkoutPage.continueToShipping()
    // France is in the Europe region: the cart is now priced in euros.
    await expect(checkoutPage.total).toContainText("€")
    await checkoutPage.chooseShipping(/Standard/)
    await checkoutPage.continueToPayment()
    await expect(checkoutPage.testPaymentNotice).toBeVisible()
    await checkoutPage.placeOrder()

    await expect(confirmationPage.heading).toHaveText("Thank you: your order is placed")
    await expect(confirmationPage.orderNumber).toHaveText(/^Order #\d+$/)
    await expect(confirmationPage.group(SILK_POUCH.groupName)).toContainText(SILK_POUCH.title)
    await expect(confirmationPage.group(RICE_BASKET.groupName)).toContainText(RICE_BASKET.title)
    await expect(confirmationPage.group(SILK_POUCH.groupName)).toContainText(SILK_POUCH.maker)
    await expect(confirmationPage.total).toContainText("€")
    await expect(confirmationPage.headerCartCount).toHaveText("0")
  })

  test("the whole purchase works with the keyboard alone", async ({ productPage, checkoutPage, confirmationPage }) => {
    await productPage.goto(SILK_POUCH.handle)
    await checkoutPage.tabTo(productPage.addToCartButton)
    await checkoutPage.press("Enter")
    await expect(productPage.addToCartStatus).toContainText("Added to your cart.")

    await checkoutPage.tabTo(checkoutPage.page.getByRole("banner").getByRole("link", { name: /^Cart/ }))
    await checkoutPage.press("Enter")
    await checkoutPage.tabTo(checkoutPage.page.getByRole("link", { name: "Go to checkout" }))
    await checkoutPage.press("Enter")

    const address = { ...PARIS_ADDRESS, email: uniqueEmail("keyboard") }
    for (const [label, value] of [
      ["Email", address.email],
      ["First name", address.firstName],
      ["Last name", address.lastName],
      ["Address", address.address],
      ["City", address.city],
      ["Postal code", address.postalCode],
    ] as const) {
      await checkoutPage.tabTo(checkoutPage.field(label))
      await checkoutPage.type(value)
    }
    await checkoutPage.tabTo(checkoutPage.field("Country"))
    await checkoutPage.chooseOptionWithArrows(checkoutPage.field("Country"), "fr")
    await checkoutPage.tabTo(checkoutPage.page.getByRole("button", { name: "Continue to shipping" }))
    await checkoutPage.press("Enter")

    await checkoutPage.tabTo(checkoutPage.shippingOptions.first())
    await checkoutPage.press("ArrowDown")
    await expect(checkoutPage.page.getByRole("radio", { name: /Express/ })).toBeChecked()
    await checkoutPage.tabTo(checkoutPage.page.getByRole("button", { name: "Continue to payment" }))
    await checkoutPage.press("Enter")

    await checkoutPage.tabTo(checkoutPage.placeOrderButton)
    await checkoutPage.press("Enter")

    await expect(confirmationPage.heading).toHaveText("Thank you: your order is placed")
    await expect(confirmationPage.lines).toHaveCount(1)
  })
})
