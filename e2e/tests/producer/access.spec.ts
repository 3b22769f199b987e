import { expect, test } from "../../fixtures"
import { STUDIO_KM, StudioAccessPage } from "../../pages/studio-page"
import { PRODUCER } from "../../stack"

test.use({ viewport: { width: 360, height: 740 } })

test.describe("studio access", () => {
  test("a wrong password is said in Khmer, and nothing is kept", async ({ page }) => {
    const studio = new StudioAccessPage(page)
    await studio.gotoLogin()
    await studio.submitLogin({ email: PRODUCER.email, password: "not-the-password" })
    await expect(studio.alert).toHaveText(STUDIO_KM.access.errors.wrongLogin)
    await studio.keepScreenshot(test.info().outputPath("login-wrong-password-km-360.png"))
    expect(await page.evaluate(() => localStorage.getItem("sipakam.producer.token"))).toBeNull()
  })

  test("a coordinator logs in, in Khmer by default, stays logged in after a reload, and logs out", async ({ page }) => {
    const studio = new StudioAccessPage(page)
    await studio.logIn(PRODUCER)
    await expect(page.locator("html")).toHaveAttribute("lang", "km")
    await expect(page.getByText("Prey Kabbas Silk Weavers")).toBeVisible()
    await expect(page.getByText(STUDIO_KM.app.loading)).toHaveCount(0)
    await studio.keepScreenshot(test.info().outputPath("today-km-360.png"))

    await page.reload()
    await expect(studio.navigation).toBeVisible()

    await studio.logOut()
    await page.goto("/studio")
    await expect(page).toHaveURL(/\/studio\/login/)
  })

  test("a studio page asked for while logged out comes back after the login", async ({ page }) => {
    const studio = new StudioAccessPage(page)
    await studio.goto("/studio/more")
    await expect(page).toHaveURL(/\/studio\/login\?next=%2Fstudio%2Fmore/)
    await studio.submitLogin(PRODUCER)
    await expect(page).toHaveURL(/\/studio\/more$/)
  })

  test("English is one tap away", async ({ page }) => {
    const studio = new StudioAccessPage(page)
    await studio.gotoLogin()
    await page.getByRole("button", { name: "English" }).click()
    await expect(page.getByRole("heading", { name: "Log in to your group's studio" })).toBeVisible()
    await page.reload()
    await expect(page.getByRole("heading", { name: "Log in to your group's studio" })).toBeVisible()
  })

  test("an invited coordinator joins with the invitation link and lands on Today", async ({ page, adminApi }) => {
    const stamp = Date.now()
    const group = await adminApi.createGroup({
      handle: `e2e-join-${stamp}`,
      name: `Join Test Weavers ${stamp}`,
      province: "takeo",
    })
    const email = `coordinator-${stamp}@example.com`
    const code = await adminApi.inviteCoordinator(group.id, email)
    const studio = new StudioAccessPage(page)

    await studio.join("wrong-code", { email, password: "a-good-password" }, "Sokha")
    await expect(studio.alert).toHaveText(STUDIO_KM.access.errors.badCode)
    await studio.keepScreenshot(test.info().outputPath("join-bad-code-km-360.png"))

    // The same email again, now with the right code: the identity made by the first try is reused.
    await studio.join(code, { email, password: "a-good-password" }, "Sokha")
    await page.waitForURL(/\/studio\/?$/)
    await expect(page.getByText(group.name)).toBeVisible()
    await expect(studio.heading).toContainText("Sokha")
  })
})
