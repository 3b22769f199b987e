import AxeBuilder from "@axe-core/playwright"
import type { Locator, Page } from "@playwright/test"

/** One product card on the home page. */
export class ProductCardView {
  readonly title: Locator
  readonly image: Locator
  readonly price: Locator

  constructor(readonly root: Locator) {
    this.title = root.getByRole("heading", { level: 3 })
    this.image = root.getByRole("img")
    this.price = root.getByTestId("product-price")
  }

  /** Scrolls the photo into view so a lazily loaded one starts loading. */
  async revealImage(): Promise<void> {
    await this.image.scrollIntoViewIfNeeded()
  }

  /** The photo's intrinsic width: 0 until it has loaded, and for a broken image. */
  async imageNaturalWidth(): Promise<number> {
    return this.image.evaluate((img: HTMLImageElement) => (img.complete ? img.naturalWidth : 0))
  }
}

export class HomePage {
  readonly heading: Locator
  readonly productList: Locator
  readonly productCards: Locator
  readonly loadMoreButton: Locator
  readonly productCountStatus: Locator
  /** The featured makers, each a card whose first link is the maker's name. */
  readonly makerCards: Locator
  /** The links to the shop narrowed to one craft, e.g. "Hol silk weaving 12 pieces". */
  readonly craftLinks: Locator
  readonly provinceLinks: Locator
  readonly impactArtisans: Locator
  /** The producer groups, each a card whose link is the group's name. */
  readonly groupCards: Locator

  constructor(readonly page: Page) {
    this.heading = page.getByRole("heading", { level: 1 })
    this.productList = page.getByRole("list", { name: /^(New arrivals|ទំនិញមកដល់ថ្មី)$/ })
    this.productCards = this.productList.getByRole("listitem")
    this.loadMoreButton = page.getByRole("button", { name: "Show more crafts" })
    this.productCountStatus = page.getByRole("status").filter({ hasText: /^Showing \d+ of \d+ crafts$/ })
    this.makerCards = page.getByRole("list", { name: "Meet the makers" }).getByRole("listitem")
    this.craftLinks = page.getByRole("list", { name: "Browse by craft" }).getByRole("link")
    this.provinceLinks = page.getByRole("list", { name: "Browse by province" }).getByRole("link")
    this.impactArtisans = page.getByTestId("impact-artisans")
    this.groupCards = page.getByRole("list", { name: "The producer groups" }).getByRole("listitem")
  }

  /** How many pieces a browse link says its craft or province holds. */
  async browseLinkCount(link: Locator): Promise<number> {
    const text = (await link.textContent()) ?? ""
    return Number(/(\d+) pieces?$/.exec(text)?.[1] ?? Number.NaN)
  }

  async goto(): Promise<void> {
    await this.page.goto("/")
  }

  /** Scrolls to the crafts and provinces to browse by, which load when the shopper nears them. */
  async revealBrowseLinks(): Promise<void> {
    await this.page.getByRole("heading", { name: "Browse by province" }).scrollIntoViewIfNeeded()
  }

  /** Opens the home page and waits until the first page of products is shown. */
  async gotoWithProducts(): Promise<void> {
    await this.goto()
    await this.productCards.first().waitFor()
  }

  /** Opens the home page and waits until every section below the products is shown too. */
  async gotoWithEverySection(): Promise<void> {
    await this.gotoWithProducts()
    await this.revealBrowseLinks()
    for (const section of [this.makerCards, this.craftLinks, this.provinceLinks, this.impactArtisans]) {
      await section.first().waitFor()
    }
  }

  card(index: number): ProductCardView {
    return new ProductCardView(this.productCards.nth(index))
  }

  /** Picks a language by its own name, as the switcher lists it ("English", "ខ្មែរ"). */
  async switchLanguage(name: string): Promise<void> {
    await this.page.getByRole("combobox", { name: /^(Language|ភាសា)$/ }).selectOption({ label: name })
  }

  async loadMore(): Promise<void> {
    await this.loadMoreButton.click()
  }

  /** Scrolls through every card, so lazily loaded photos load, then back to the top. */
  async revealAllImages(): Promise<void> {
    const count = await this.productCards.count()
    for (let index = 0; index < count; index += 1) {
      const image = this.card(index).image
      await image.scrollIntoViewIfNeeded()
      await image.evaluate((img: HTMLImageElement) => img.decode().catch(() => undefined))
    }
    await this.page.evaluate(() => window.scrollTo(0, 0))
  }

  /** How far the page is wider than the window, in CSS pixels (0 when nothing sticks out). */
  async horizontalOverflow(): Promise<number> {
    return this.page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth
    )
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
