import { expect, operatorTest as test } from "../../fixtures"

const GROUP_HANDLE = "koh-chen-silversmiths"

test.describe("a producer group's coordinators", () => {
  test("inviting a coordinator by email lists the open invite", async ({ adminApi, producerPage }) => {
    const group = await adminApi.groupByHandle(GROUP_HANDLE)
    const email = `coordinator-${Date.now()}@example.org`
    await producerPage.gotoGroup(group.id)

    await producerPage.invite(email)

    await expect(producerPage.createdInvite).toContainText(`Invite for ${email}`)
    await expect(producerPage.coordinatorRow(email)).toContainText("Invited, not accepted yet")
    await producerPage.reload()
    await expect(producerPage.coordinatorRow(email)).toContainText("Invited, not accepted yet")
  })
})
