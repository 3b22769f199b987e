import { expect, operatorTest as test } from "../../fixtures"

const PAGE_SIZE = 20
const SEEDED_GROUPS = 24
const STATUS_LABEL = /^(Active|Pending approval|Suspended)$/

test.describe("producers list", () => {
  test("lists the producer groups, 20 to a page, each with its status", async ({
    producersPage,
    adminApi,
  }) => {
    const { count } = await adminApi.groups()

    await producersPage.gotoWithGroups()

    expect(count).toBeGreaterThanOrEqual(SEEDED_GROUPS)
    await expect(producersPage.rows).toHaveCount(PAGE_SIZE)
    await expect(producersPage.resultCount).toHaveText(`${PAGE_SIZE} of ${count} results`)
    for (let index = 0; index < PAGE_SIZE; index += 1) {
      await expect(producersPage.rowAt(index).status).toHaveText(STATUS_LABEL)
    }
    const preyKabbas = producersPage.row("Prey Kabbas Silk Weavers")
    await expect(preyKabbas.status).toHaveText("Active")
    await expect(preyKabbas.review).toHaveText("Trusted")
    await expect(preyKabbas.commission).toHaveText("12%")
  })

  test("searching by name narrows the list to the groups so named", async ({ producersPage, adminApi }) => {
    const expected = (await adminApi.groups()).groups
      .map((group) => group.name)
      .filter((name) => /krama/i.test(name))
    await producersPage.gotoWithGroups()

    await producersPage.search("krama")

    expect(expected.length).toBeGreaterThan(0)
    await expect(producersPage.rows).toHaveCount(expected.length)
    await expect(producersPage.rows.getByRole("link")).toHaveText(expected)
    await expect(producersPage.resultCount).toHaveText(`${expected.length} of ${expected.length} results`)
  })

  test.describe("with a suspended group", () => {
    const SUSPENDED = { handle: "rovieng-kuy-basket-makers", name: "Rovieng Kuy Basket Makers" }

    test.beforeEach(async ({ adminApi }) => {
      const group = await adminApi.groupByHandle(SUSPENDED.handle)
      await adminApi.suspendGroup(group.id, "Suspended by the end-to-end tests")
    })

    test.afterEach(async ({ adminApi }) => {
      const group = await adminApi.groupByHandle(SUSPENDED.handle)
      if (group.status !== "active") {
        await adminApi.approveGroup(group.id)
      }
    })

    test("filtering by status shows only the suspended groups", async ({ producersPage }) => {
      await producersPage.gotoWithGroups()

      await producersPage.filterByStatus("Suspended")

      await expect(producersPage.rows).toHaveCount(1)
      await expect(producersPage.rowAt(0).nameLink).toHaveText(SUSPENDED.name)
      await expect(producersPage.rowAt(0).status).toHaveText("Suspended")
    })
  })

  test("creating a group opens its page, pending approval", async ({ producersPage, producerPage }) => {
    const stamp = Date.now()
    const name = `Test Lacquer Workshop ${stamp}`
    await producersPage.gotoWithGroups()

    await producersPage.createGroup({
      name,
      handle: `test-lacquer-workshop-${stamp}`,
      province: "Siem Reap",
      commission: "12.5",
    })

    await expect(producerPage.heading).toHaveText(name)
    await expect(producerPage.statusBadge).toHaveText("Pending approval")
    await expect(producerPage.approveButton).toHaveText("Approve group")
    await expect(producerPage.commissionInput).toHaveValue("12.5")
  })
})
