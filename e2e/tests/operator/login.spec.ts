import { expect, test } from "../../fixtures"
import { OPERATOR } from "../../stack"

test.describe("operator login", () => {
  test("the operator signs in with the admin's form and opens Producers from the sidebar", async ({
    adminLoginPage,
    producersPage,
  }) => {
    await adminLoginPage.goto()
    await adminLoginPage.logIn(OPERATOR)

    await expect(adminLoginPage.reviewQueueLink).toBeVisible()
    await adminLoginPage.openProducers()
    await expect(producersPage.heading).toBeVisible()
    await expect(producersPage.rows.first()).toBeVisible()
  })
})
