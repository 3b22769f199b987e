import { SILK_POUCH } from "../../stack"
import { expect, test } from "../../fixtures"

test.describe("makers, producer groups and impact", () => {
  test("a product's maker links to the maker's story, which links to the group", async ({ productPage, makerPage }) => {
    await productPage.goto(SILK_POUCH.handle)
    await productPage.makerLink(SILK_POUCH.maker).click()

    await expect(makerPage.heading).toHaveText(SILK_POUCH.maker)
    await expect(makerPage.story).toHaveText(/\S/)
    await expect(makerPage.products.filter({ hasText: SILK_POUCH.title })).toHaveCount(1)
    await expect(makerPage.page.getByRole("main").getByRole("link", { name: SILK_POUCH.groupName })).toBeVisible()
  })

  test("a product's group links to the group's page with its story, impact, makers and products", async ({
    productPage,
    groupPage,
  }) => {
    await productPage.goto(SILK_POUCH.handle)
    await productPage.groupLink(SILK_POUCH.groupName).click()

    await expect(groupPage.heading).toHaveText(SILK_POUCH.groupName)
    await expect(groupPage.story).toHaveText(/\S/)
    await expect(groupPage.impact).toContainText("Artisans")
    await expect(groupPage.maker(SILK_POUCH.maker)).toBeVisible()
    await expect(groupPage.products.filter({ hasText: SILK_POUCH.title })).toHaveCount(1)
  })

  test("the impact page shows the platform's reach and sales", async ({ impactPage }) => {
    await impactPage.goto()

    await expect(impactPage.groups).toHaveText(/^\d+$/)
    await expect(impactPage.artisans).toHaveText(/^\d+$/)
    await expect(impactPage.women).toHaveText(/^\d+%$/)
    await expect(impactPage.sales).toContainText("$")
  })

  test("an unknown maker is a page that says so", async ({ makerPage }) => {
    await makerPage.goto("no-such-maker")

    await expect(makerPage.heading).toHaveText("Maker not found")
  })
})
