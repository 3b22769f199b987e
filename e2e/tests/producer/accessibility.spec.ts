import AxeBuilder from "@axe-core/playwright"
import { severeViolations } from "../../accessibility"
import { expect, test } from "../../fixtures"
import { STUDIO_KM, StudioAccessPage } from "../../pages/studio-page"
import { PRODUCER } from "../../stack"

test.use({ viewport: { width: 360, height: 740 } })

/** The studio's pages a coordinator opens from the navigation and from More, by path. */
const STUDIO_PAGES = [
  { name: "today", path: "/studio" },
  { name: "listings", path: "/studio/listings" },
  { name: "orders", path: "/studio/orders" },
  { name: "more", path: "/studio/more" },
  { name: "makers", path: "/studio/makers" },
  { name: "maker-new", path: "/studio/makers/new" },
  { name: "earnings", path: "/studio/earnings" },
  { name: "profile", path: "/studio/profile" },
]

test.describe("studio accessibility, in Khmer at 360 px", () => {
  // axe on each of nine pages, on a busy two-core machine.
  test.slow()

  test("the login page and every page of the studio have no serious or critical axe violation", async ({ page }) => {
    const studio = new StudioAccessPage(page)
    const check = async (name: string) => {
      await expect(page.getByText(STUDIO_KM.app.loading)).toHaveCount(0)
      await studio.keepScreenshot(test.info().outputPath(`a11y-${name}-km-360.png`))
      expect.soft(severeViolations((await new AxeBuilder({ page }).analyze()).violations), name).toEqual([])
    }

    await studio.gotoLogin()
    await check("login")

    await studio.logIn(PRODUCER)
    for (const { name, path } of STUDIO_PAGES) {
      await studio.goto(path)
      await expect(studio.heading).toBeVisible()
      await check(name)
    }
  })
})
