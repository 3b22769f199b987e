import { severeViolations } from "../../accessibility"
import { expect, operatorTest as test } from "../../fixtures"

// axe looks only inside our pages' content (the dashboard's <main>): Medusa's sidebar and top bar
// around it are not our markup. Drawers open in a portal outside <main> and are not covered here.
test.describe("accessibility of the operator's pages", () => {
  test("the producers list has no serious or critical violations", async ({ producersPage }) => {
    await producersPage.gotoWithGroups()

    expect(severeViolations(await producersPage.accessibilityViolations())).toEqual([])
  })

  test("a producer group's page has no serious or critical violations", async ({
    adminApi,
    producerPage,
  }) => {
    const group = await adminApi.groupByHandle("prey-kabbas-silk-weavers")
    await producerPage.gotoGroup(group.id)
    // Its ledger is read separately: wait for its balances, so the whole page is checked.
    await expect(producerPage.owedToGroup).toContainText("$")

    expect(severeViolations(await producerPage.accessibilityViolations())).toEqual([])
  })
})
