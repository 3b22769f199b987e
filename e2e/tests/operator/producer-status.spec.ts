import { expect, operatorTest as test } from "../../fixtures"

const GROUP_HANDLE = "bati-krama-weavers"
const REASON = "Buyers report colours that run in the wash; paused while we check."
// The store API is read again until it agrees, within this long, rather than trusting one read.
const STORE_TIMEOUT = 20_000

test.describe("suspending and reinstating a producer group", () => {
  test.afterEach(async ({ adminApi }) => {
    const group = await adminApi.groupByHandle(GROUP_HANDLE)
    if (group.status !== "active") {
      await adminApi.approveGroup(group.id)
    }
  })

  test("suspending a group with a reason takes its products out of the store", async ({
    adminApi,
    storeApi,
    producerPage,
  }) => {
    const group = await adminApi.groupByHandle(GROUP_HANDLE)
    expect(await storeApi.productIdsOfGroup(GROUP_HANDLE)).not.toEqual([])
    await producerPage.gotoGroup(group.id)

    await producerPage.suspend(REASON)

    await expect(producerPage.statusBadge).toHaveText("Suspended")
    await expect(producerPage.approveButton).toHaveText("Reinstate group")
    expect((await adminApi.group(group.id)).status).toBe("suspended")
    await expect
      .poll(() => storeApi.productIdsOfGroup(GROUP_HANDLE), { timeout: STORE_TIMEOUT })
      .toEqual([])
  })

  test("reinstating a suspended group puts its products back in the store", async ({
    adminApi,
    storeApi,
    producerPage,
  }) => {
    const group = await adminApi.groupByHandle(GROUP_HANDLE)
    const listed = (await storeApi.productIdsOfGroup(GROUP_HANDLE)).sort()
    expect(listed).not.toEqual([])
    await adminApi.suspendGroup(group.id, REASON)
    await expect.poll(() => storeApi.productIdsOfGroup(GROUP_HANDLE), { timeout: STORE_TIMEOUT }).toEqual([])
    await producerPage.gotoGroup(group.id)

    await producerPage.approve()

    await expect(producerPage.statusBadge).toHaveText("Active")
    await expect(producerPage.suspendButton).toBeVisible()
    await expect
      .poll(async () => (await storeApi.productIdsOfGroup(GROUP_HANDLE)).sort(), { timeout: STORE_TIMEOUT })
      .toEqual(listed)
  })
})
