import { expect, operatorTest as test } from "../../fixtures"

const GROUP_HANDLE = "kakaoh-stone-carvers"
// Two decimals: the percentage must reach the API as exact basis points, with no float drift.
const NEW_COMMISSION = "17.35"
const NEW_COMMISSION_BPS = 1735

test.describe("a producer group's profile", () => {
  let originalCommissionBps: number | undefined

  test.afterEach(async ({ adminApi }) => {
    const group = await adminApi.groupByHandle(GROUP_HANDLE)
    if (originalCommissionBps !== undefined && group.commission_rate_bps !== originalCommissionBps) {
      await adminApi.updateGroup(group.id, { commission_rate_bps: originalCommissionBps })
    }
  })

  test("a new commission is saved, exactly, and shown again after a reload", async ({
    adminApi,
    producerPage,
  }) => {
    const group = await adminApi.groupByHandle(GROUP_HANDLE)
    originalCommissionBps = group.commission_rate_bps
    expect(originalCommissionBps).not.toBe(NEW_COMMISSION_BPS)
    await producerPage.gotoGroup(group.id)

    await producerPage.changeCommission(NEW_COMMISSION)

    await expect(producerPage.notification("Saved")).toBeVisible()
    await producerPage.reload()
    await expect(producerPage.commissionInput).toHaveValue(NEW_COMMISSION)
    expect((await adminApi.group(group.id)).commission_rate_bps).toBe(NEW_COMMISSION_BPS)
  })

  test("what the operator typed in the profile survives inviting a coordinator", async ({
    adminApi,
    producerPage,
  }) => {
    const group = await adminApi.groupByHandle(GROUP_HANDLE)
    const email = `coordinator-${Date.now()}@example.org`
    await producerPage.gotoGroup(group.id)
    await producerPage.typeCommission(NEW_COMMISSION)

    await producerPage.invite(email)

    // The invite is listed once the page has read the group again, which is what resets the form.
    await expect(producerPage.coordinatorRow(email)).toBeVisible()
    await expect(producerPage.commissionInput).toHaveValue(NEW_COMMISSION, { timeout: 5_000 })
  })
})
