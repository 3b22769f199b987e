import listings from "../../../storefront/src/locales/studio/km/listings.json"
import today from "../../../storefront/src/locales/studio/km/today.json"
import { expect, test } from "../../fixtures"
import { STUDIO_KM, StudioAccessPage } from "../../pages/studio-page"
import { StudioOfflinePage } from "../../pages/studio-offline"
import { PRODUCER, SHOWCASE_PRODUCT } from "../../stack"

test.use({ viewport: { width: 360, height: 740 } })

/** The listings page's title, once the listings area has its messages (it is the studio's second page). */
const listingsTitle = (listings as { title?: string }).title

test.describe("the studio without a connection", () => {
  test("opens offline as a coordinator last saw it: the shell, the group, Today's sections, in Khmer", async ({
    page,
    context,
  }) => {
    const studio = new StudioAccessPage(page)
    const offline = new StudioOfflinePage(page)
    await studio.logIn(PRODUCER)
    await expect(page.getByText(SHOWCASE_PRODUCT.groupName)).toBeVisible()

    // The service worker installs, precaches the shell and takes the open page over.
    await expect.poll(() => offline.controllingServiceWorker(), { timeout: 30_000 }).toMatch(/\/studio-sw\.js$/)
    expect(await offline.registeredScopes()).toEqual([new URL("/studio", page.url()).href])

    if (listingsTitle) {
      await studio.navigation.getByRole("link", { name: STUDIO_KM.app.nav.listings }).click()
      await expect(studio.heading).toHaveText(listingsTitle)
      await expect(page.getByRole("status").filter({ hasText: STUDIO_KM.app.loading })).toHaveCount(0)
      await studio.navigation.getByRole("link", { name: STUDIO_KM.app.nav.today }).click()
    }
    await expect(page.getByRole("heading", { name: today.balance })).toBeVisible()
    // Today has read everything it shows (no section still loading)...
    await expect(page.getByRole("status").filter({ hasText: STUDIO_KM.app.loading })).toHaveCount(0)
    // ...and it is kept on the phone (saved at most a second after it changes): every query Today
    // and the listings page showed, so going offline right away loses none of them.
    await expect.poll(async () => (await offline.keptData()) ?? "").toContain(SHOWCASE_PRODUCT.groupName)
    const shown = [
      ["studio", "me"],
      ["studio", "orders", "list", { limit: 100 }],
      ["studio", "products", "list", { status: "rejected", limit: 20 }],
      ["studio", "products", "list", { status: "proposed", limit: 20 }],
      ["studio", "products", "list", { status: "published", limit: 100 }],
      ["studio", "ledger", { limit: 1 }],
      ...(listingsTitle ? [["studio", "products", "list", { limit: 20 }]] : []),
    ]
    await expect.poll(() => offline.keptQueryKeys()).toEqual(expect.arrayContaining(shown))

    await context.setOffline(true)
    await page.reload()
    // Offline for the service worker too: the producer API cannot be reached from the page.
    expect(await page.evaluate(() => fetch("/producer/me").then(() => "answered", () => "no connection"))).toBe("no connection")
    await expect(studio.navigation).toBeVisible()
    await expect(page.getByText(SHOWCASE_PRODUCT.groupName)).toBeVisible()
    for (const section of [today.toHandOver, today.listings, today.balance]) {
      await expect(page.getByRole("heading", { name: section, exact: true })).toBeVisible()
    }
    await expect(studio.offlineNotice).toBeVisible()
    await expect(offline.shownAsOf).toBeVisible()
    await expect(page.locator("html")).toHaveAttribute("lang", "km")
    // The kept data, not an error over it, and nothing left waiting for the connection.
    await expect(page.getByRole("alert")).toHaveCount(0)
    await expect(page.getByRole("status").filter({ hasText: STUDIO_KM.app.waitingForConnection })).toHaveCount(0)
    await studio.keepScreenshot(test.info().outputPath("offline-today-km-360.png"))

    if (listingsTitle) {
      await studio.navigation.getByRole("link", { name: STUDIO_KM.app.nav.listings }).click()
      await expect(studio.heading).toHaveText(listingsTitle)
      await expect(offline.shownAsOf).toBeVisible()
      await expect(page.getByRole("status").filter({ hasText: STUDIO_KM.app.waitingForConnection })).toHaveCount(0)
      await studio.keepScreenshot(test.info().outputPath("offline-listings-km-360.png"))
    }
    await studio.navigation.getByRole("link", { name: STUDIO_KM.app.nav.more }).click()
    await expect(page.getByRole("button", { name: STUDIO_KM.app.logOut })).toBeVisible()
    await studio.keepScreenshot(test.info().outputPath("offline-more-km-360.png"))

    // Private answers are never in the service worker's caches: the kept queries are the studio's own.
    expect((await offline.cachedUrls()).filter((url) => new URL(url).pathname.startsWith("/producer/"))).toEqual([])
    await context.setOffline(false)

    // The shop, in the same browser, is outside the worker's scope.
    await page.goto("/")
    expect(await offline.controllingServiceWorker()).toBeNull()
  })

  test("logging out deletes what the studio kept on the phone", async ({ page }) => {
    const studio = new StudioAccessPage(page)
    const offline = new StudioOfflinePage(page)
    await studio.logIn(PRODUCER)
    await expect.poll(async () => (await offline.keptData()) ?? "").toContain(SHOWCASE_PRODUCT.groupName)
    await studio.logOut()
    await expect.poll(async () => (await offline.keptData()) ?? "").not.toContain(SHOWCASE_PRODUCT.groupName)
  })

  test("the manifest makes the studio an installable app of its own, in Khmer, and the worker is never cached", async ({ page }) => {
    const studio = new StudioAccessPage(page)
    const offline = new StudioOfflinePage(page)
    await studio.gotoLogin()
    await expect(offline.manifestLink).toHaveAttribute("href", "/studio/manifest.webmanifest")

    const answer = await page.request.get("/studio/manifest.webmanifest")
    expect(answer.ok()).toBe(true)
    expect(answer.headers()["content-type"]).toContain("application/manifest+json")
    expect(await answer.json()).toMatchObject({
      start_url: "/studio",
      scope: "/studio",
      display: "standalone",
      lang: "km",
      theme_color: "#450a0a",
    })

    // Chromium's own reading of it: no errors, the icons an install needs.
    const cdp = await page.context().newCDPSession(page)
    const manifest = (await cdp.send("Page.getAppManifest")) as { url: string; errors: { message: string }[]; data: string }
    expect(manifest.url).toMatch(/\/studio\/manifest\.webmanifest$/)
    expect(manifest.errors).toEqual([])
    const icons = (JSON.parse(manifest.data) as { icons: { sizes: string; purpose: string }[] }).icons
    expect(icons.map(({ sizes, purpose }) => `${sizes} ${purpose}`)).toEqual(["192x192 any", "512x512 any", "512x512 maskable"])
    // Chromium would offer to install it: its one objection is the test browser's private profile.
    const { installabilityErrors } = (await cdp.send("Page.getInstallabilityErrors")) as { installabilityErrors: { errorId: string }[] }
    expect(installabilityErrors.map(({ errorId }) => errorId).filter((errorId) => errorId !== "in-incognito")).toEqual([])
    for (const icon of ["/studio/icon-192.png", "/studio/icon-512.png", "/studio/icon-maskable-512.png"]) {
      expect((await page.request.get(icon)).headers()["content-type"], icon).toBe("image/png")
    }

    const worker = await page.request.get("/studio-sw.js")
    expect(worker.ok()).toBe(true)
    expect(worker.headers()["content-type"]).toMatch(/javascript/)
    expect(worker.headers()["cache-control"]).toBe("no-cache")
  })

  test("the shop's home page registers no service worker and names no manifest", async ({ page, homePage }) => {
    const offline = new StudioOfflinePage(page)
    await page.goto("/")
    await expect(homePage.productCards.first()).toBeVisible()
    await page.waitForLoadState("networkidle")
    expect(await offline.registeredScopes()).toEqual([])
    expect(await offline.controllingServiceWorker()).toBeNull()
    await expect(offline.manifestLink).toHaveCount(0)
  })
})
