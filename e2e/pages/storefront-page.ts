import AxeBuilder from "@axe-core/playwright"
import type { Locator, Page } from "@playwright/test"

/** What every storefront page has: the header's language choice, and page-wide checks. */
export class StorefrontPage {
  readonly html: Locator
  readonly heading: Locator
  readonly languageSelect: Locator
  /** The number on the header's cart link. */
  readonly headerCartCount: Locator

  constructor(readonly page: Page) {
    this.html = page.locator("html")
    this.heading = page.getByRole("heading", { level: 1 })
    // Its label is in the current language: "Language", "ភាសា", "Langue", "语言", "언어", "言語".
    this.languageSelect = page.getByRole("banner").getByRole("combobox")
    this.headerCartCount = page.getByRole("banner").getByTestId("header-cart-count")
  }

  /** Picks a language by its own name, as the switcher lists it ("English", "ខ្មែរ", "日本語"). */
  async switchLanguage(name: string): Promise<void> {
    await this.languageSelect.selectOption({ label: name })
  }

  /**
   * Opens `path` with the app's entry script blocked, so the page is what index.html alone makes
   * of it (once the app runs, Vite's own loader adds preloads too).
   */
  async gotoWithoutApp(path: string): Promise<void> {
    await this.page.route(/\/assets\/index-[\w-]+\.js$/, (route) => route.abort())
    await this.page.goto(path)
  }

  /** The scripts the page asked to preload (`<link rel="modulepreload">`), as URL paths. */
  async preloadedScripts(): Promise<string[]> {
    return this.page
      .locator('head link[rel="modulepreload"]')
      .evaluateAll((links: HTMLLinkElement[]) => links.map((link) => new URL(link.href).pathname))
  }

  /** Makes a region the shopper's before any page loads, as an address at checkout does. */
  async rememberRegion(regionId: string): Promise<void> {
    await this.page.addInitScript((id) => window.localStorage.setItem("sipakam.region", id), regionId)
  }

  /** The origins the page asked to connect to early (`<link rel="preconnect">`), with their CORS mode. */
  async preconnects(): Promise<{ origin: string; crossOrigin: string | null }[]> {
    return this.page
      .locator('head link[rel="preconnect"]')
      .evaluateAll((links: HTMLLinkElement[]) =>
        links.map((link) => ({ origin: new URL(link.href).origin, crossOrigin: link.crossOrigin }))
      )
  }

  /** The backend's origin, as the runtime configuration (`/config.js`) names it to the app. */
  async configuredBackendOrigin(): Promise<string> {
    return this.page.evaluate(() => {
      const config = (window as { __SIPAKAM_CONFIG__?: { backendUrl?: string } }).__SIPAKAM_CONFIG__
      return new URL(config?.backendUrl ?? "").origin
    })
  }

  /** The status of the page's font face of `family` ("loaded", "loading", ...), or "missing". */
  async fontFaceStatus(family: string): Promise<string> {
    return this.page.evaluate((name) => {
      let status = "missing"
      document.fonts.forEach((face) => {
        if (face.family.replace(/"/g, "") === name) status = face.status
      })
      return status
    }, family)
  }

  /** Khmer text the page draws outside its header (whose two Khmer words have their own small font). */
  async khmerTextOutsideBanner(): Promise<string[]> {
    return this.page.evaluate(() => {
      const found: string[] = []
      const banner = document.querySelector('header, [role="banner"]')
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent?.trim() ?? ""
        const drawn = node.parentElement?.checkVisibility() ?? false
        if (drawn && /[\u1780-\u17ff]/.test(text) && !banner?.contains(node)) found.push(text)
      }
      return found
    })
  }

  /** The font files the page has downloaded, as URL paths (fonts inlined in the CSS are not files). */
  async downloadedFontFiles(): Promise<string[]> {
    return this.page.evaluate(() =>
      performance
        .getEntriesByType("resource")
        .map((entry) => new URL(entry.name).pathname)
        .filter((pathname) => /\.woff2?$/.test(pathname))
    )
  }

  /** How far the page is wider than the window, in CSS pixels (0 when nothing sticks out). */
  async horizontalOverflow(): Promise<number> {
    return this.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
  }

  /** Scrolls through the lazily loaded photos so they load, then back to the top. */
  async revealAllImages(): Promise<void> {
    const images = this.page.locator("main img")
    const count = await images.count()
    for (let index = 0; index < count; index += 1) {
      const image = images.nth(index)
      if (!(await image.isVisible())) continue
      await image.scrollIntoViewIfNeeded()
      await image.evaluate((img: HTMLImageElement) => img.decode().catch(() => undefined))
    }
    await this.page.evaluate(() => window.scrollTo(0, 0))
  }

  async saveFullPageScreenshot(path: string): Promise<void> {
    await this.page.screenshot({ path, fullPage: true })
  }

  /** axe's violations for the page as it is now, WCAG 2.x A and AA rules. */
  async accessibilityViolations() {
    const results = await new AxeBuilder({ page: this.page })
      .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"])
      .analyze()
    return results.violations
  }
}
