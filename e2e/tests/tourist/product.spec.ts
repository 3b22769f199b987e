import { SHOWCASE_PRODUCT } from "../../stack"
import { expect, test } from "../../fixtures"

/** "$48.00" in cents. */
function cents(text: string | null): number {
  const match = /\$(\d[\d,]*)\.(\d{2})/.exec(text ?? "")
  if (!match?.[1] || !match[2]) throw new Error(`Not a dollar amount: ${text}`)
  return Number(match[1].replace(/,/g, "")) * 100 + Number(match[2])
}

test.describe("product page", () => {
  test("tells the craft's heritage with the vocabulary's labels", async ({ productPage }) => {
    await productPage.goto(SHOWCASE_PRODUCT.handle)

    await expect(productPage.heading).toHaveText(/\S/)
    await expect(productPage.heritageFact("Craft")).toHaveText("Hol silk (weft ikat)")
    await expect(productPage.heritageFact("Province")).toHaveText("Takeo")
    await expect(productPage.heritageFact("People")).toHaveText("Khmer")
    await expect(productPage.heritageFact("Technique")).toHaveText(/\S/)
    await expect(productPage.heritageFact("Materials")).toContainText("Silk")
  })

  test("names the makers, with the Living Human Treasure marked, and an artisan without consent only by the group", async ({
    productPage,
  }) => {
    await productPage.goto(SHOWCASE_PRODUCT.handle)

    await expect(productPage.maker(SHOWCASE_PRODUCT.livingHumanTreasure)).toContainText("Living Human Treasure")
    await expect(productPage.maker(SHOWCASE_PRODUCT.anonymousMaker)).toBeVisible()
    await expect(productPage.maker(SHOWCASE_PRODUCT.anonymousMaker)).not.toContainText("Living Human Treasure")
    await expect(productPage.producerGroup).toContainText(SHOWCASE_PRODUCT.groupName)
  })

  test("shows where the money goes, the parts adding up exactly to the price", async ({ productPage }) => {
    await productPage.goto(SHOWCASE_PRODUCT.handle)

    const price = cents(await productPage.price.textContent())
    const toGroup = cents(await productPage.moneyToGroup.textContent())
    const toPlatform = cents(await productPage.moneyToPlatform.textContent())
    expect(toGroup + toPlatform).toBe(price)
    expect(toGroup).toBeGreaterThan(toPlatform)
  })

  test("offers more from the group and more of the craft", async ({ productPage }) => {
    await productPage.goto(SHOWCASE_PRODUCT.handle)

    const title = (await productPage.heading.textContent()) ?? ""
    const fromGroup = productPage.relatedRow(`More from ${SHOWCASE_PRODUCT.groupName}`)
    await expect(fromGroup.getByRole("article").first()).toBeVisible()
    await expect(productPage.relatedRow("More Hol silk (weft ikat)").getByRole("article").first()).toBeVisible()
    // The product itself is not among its own related products.
    await expect(fromGroup.getByRole("link", { name: title, exact: true })).toHaveCount(0)
  })
})
