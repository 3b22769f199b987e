import { PARIS_ADDRESS, SILK_POUCH, uniqueEmail } from "../../stack"
import { expect, test } from "../../fixtures"

test.describe("account", () => {
  test("a registered tourist orders, logs out and in again, and finds the order in the history and its detail", async ({
    accountPage,
    productPage,
    checkoutPage,
    confirmationPage,
    orderDetailPage,
  }) => {
    const customer = { email: uniqueEmail("registered"), password: "weaving-2026", firstName: "Dara", lastName: "Sok" }
    await accountPage.goto()
    await accountPage.register(customer)
    await productPage.goto(SILK_POUCH.handle)
    await productPage.addToCart()
    await checkoutPage.checkOut({ ...PARIS_ADDRESS, email: customer.email })
    await expect(confirmationPage.orderNumber).toHaveText(/^Order #\d+$/)
    const orderNumber = /\d+/.exec((await confirmationPage.orderNumber.textContent()) ?? "")?.[0] ?? ""

    await accountPage.goto()
    await accountPage.logOut()
    await accountPage.logIn(customer)
    await expect(accountPage.order(orderNumber)).toBeVisible()
    await accountPage.openOrder(orderNumber)

    await expect(orderDetailPage.heading).toHaveText(`Order #${orderNumber}`)
    await expect(orderDetailPage.lines).toHaveCount(1)
    await expect(orderDetailPage.lines.first()).toContainText(SILK_POUCH.title)
    await expect(orderDetailPage.total).toContainText("€")
  })

  test("a customer adds, changes and deletes an address", async ({ accountPage }) => {
    await accountPage.goto()
    await accountPage.register({ email: uniqueEmail("addresses"), password: "weaving-2026", firstName: "Dara", lastName: "Sok" })

    await accountPage.addAddress(PARIS_ADDRESS)
    await expect(accountPage.addressCards).toHaveCount(1)
    await expect(accountPage.addressCards.first()).toContainText(PARIS_ADDRESS.address)

    await accountPage.editAddress(PARIS_ADDRESS.address, { ...PARIS_ADDRESS, address: "7 Street 240", city: "Phnom Penh", postalCode: "12207", country: "Cambodia" })
    await expect(accountPage.addressCards.first()).toContainText("7 Street 240")
    await expect(accountPage.addressCards.first()).toContainText("Cambodia")

    await accountPage.deleteAddress("7 Street 240")
    await expect(accountPage.addressCards).toHaveCount(0)
  })

  test("a wrong password is refused with a message", async ({ accountPage }) => {
    await accountPage.goto()
    await accountPage.loginForm.getByLabel("Email").fill("tourist@sipakam.local")
    await accountPage.loginForm.getByLabel("Password").fill("not-the-password")
    await accountPage.loginForm.getByRole("button", { name: "Log in" }).click()

    await expect(accountPage.loginForm.getByRole("alert")).toHaveText("Wrong email or password.")
  })
})
