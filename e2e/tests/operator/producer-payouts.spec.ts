import { expect, operatorTest as test } from "../../fixtures"

// Has USD sales from a seeded order in the Cambodia region (backend/src/scripts/seed/demo-orders.ts).
const GROUP_HANDLE = "andong-russei-potters"
const PAYOUT_MINOR = 1234

/** As the admin shows money (formatMoney(amount, currency, "en") of @sipakam/shared). */
const usd = (minor: number) =>
  new Intl.NumberFormat("en", { style: "currency", currency: "USD" }).format(minor / 100)

test.describe("a producer group's payouts", () => {
  test("recording a payout lowers what the group is owed by exactly its amount", async ({
    adminApi,
    producerPage,
  }) => {
    const group = await adminApi.groupByHandle(GROUP_HANDLE)
    const owed = async () =>
      (await adminApi.balances(group.id)).find((row) => row.currency_code === "usd")?.balance ?? 0
    const before = await owed()
    expect(before).toBeGreaterThan(PAYOUT_MINOR)
    const reference = `E2E-${Date.now()}`
    await producerPage.gotoGroup(group.id)
    await expect(producerPage.owedToGroup).toContainText(usd(before))

    await producerPage.recordPayout({
      amount: (PAYOUT_MINOR / 100).toFixed(2),
      currency: "USD",
      method: "Cash",
      reference,
    })

    await expect(producerPage.payoutRow(reference)).toContainText(usd(PAYOUT_MINOR))
    await expect(producerPage.owedToGroup).toContainText(usd(before - PAYOUT_MINOR))
    expect(await owed()).toBe(before - PAYOUT_MINOR)
  })
})
