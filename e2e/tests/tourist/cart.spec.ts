import { RICE_BASKET, SILK_POUCH } from "../../stack"
import { expect, test } from "../../fixtures"

test.describe("cart", () => {
  test.beforeEach(async ({ productPage }) => {
    await productPage.goto(SILK_POUCH.handle)
    await productPage.addToCart()
    await productPage.goto(RICE_BASKET.handle)
    await productPage.addToCart(2)
  })

  test("holds the crafts of two producer groups, each under its group, and counts them in the header", async ({
    cartPage,
  }) => {
    await cartPage.goto()

    await expect(cartPage.groups).toHaveCount(2)
    await expect(cartPage.group(SILK_POUCH.groupName).getByRole("heading", { name: SILK_POUCH.title })).toBeVisible()
    await expect(cartPage.group(RICE_BASKET.groupName).getByRole("heading", { name: RICE_BASKET.title })).toBeVisible()
    await expect(cartPage.headerCartCount).toHaveText("3")
  })

  test("changes quantities and removes a line", async ({ cartPage }) => {
    await cartPage.goto()

    await cartPage.increase(SILK_POUCH.title)
    await expect(cartPage.quantityOf(SILK_POUCH.title)).toContainText("2")
    await cartPage.decrease(RICE_BASKET.title)
    await expect(cartPage.quantityOf(RICE_BASKET.title)).toContainText("1")
    await cartPage.remove(RICE_BASKET.title)
    await expect(cartPage.lines).toHaveCount(1)
    await expect(cartPage.headerCartCount).toHaveText("2")
  })

  test("is still there after a reload", async ({ cartPage }) => {
    await cartPage.goto()
    await cartPage.page.reload()

    await expect(cartPage.lines).toHaveCount(2)
    await expect(cartPage.headerCartCount).toHaveText("3")
  })
})
