import type { Locator, Page } from "@playwright/test"
import { StorefrontPage } from "./storefront-page"

/** One result card in the shop. */
export class ShopCardView {
  readonly title: Locator
  readonly image: Locator
  readonly price: Locator

  constructor(readonly root: Locator) {
    this.title = root.getByRole("heading", { level: 3 })
    this.image = root.getByRole("img")
    this.price = root.getByTestId("product-price")
  }

  /** The photo's URL the browser chose from its `srcset`, and its width once loaded (else 0). */
  async photoShown(): Promise<{ url: string; naturalWidth: number }> {
    return this.image.evaluate((img: HTMLImageElement) => ({
      url: img.currentSrc,
      naturalWidth: img.complete ? img.naturalWidth : 0,
    }))
  }
}

/** One hit of a store search answer: what the backend's search index holds for a product. */
export type SearchHitType = {
  id: string
  document: { title: string; producer_group: string; materials: string[]; craft: string | null }
}

/** The shop: instant search, filters (a dialog on small screens), sort and results. */
export class ShopPage extends StorefrontPage {
  readonly searchBox: Locator
  /** "14 crafts", or "Searching…" while results are on their way. */
  readonly resultCount: Locator
  readonly results: Locator
  readonly cards: Locator
  readonly filtersButton: Locator
  readonly filtersDialog: Locator
  readonly sortSelect: Locator

  constructor(page: Page) {
    super(page)
    this.searchBox = page.getByRole("main").getByRole("searchbox")
    this.resultCount = page.getByTestId("result-count")
    this.results = page.getByRole("main").getByRole("list").filter({ has: page.getByRole("article") })
    this.cards = this.results.getByRole("listitem")
    this.filtersButton = page.getByRole("button", { name: /^(Filters|តម្រង)( \(\d+\))?$/ })
    this.filtersDialog = page.getByRole("dialog")
    this.sortSelect = page.getByRole("combobox", { name: "Sort by" })
  }

  /** Opens the shop at `query` (e.g. "?q=silk&craft=hol-silk") and waits for its results. */
  async goto(query = ""): Promise<void> {
    await this.page.goto(`/shop${query}`)
    await this.waitForResults()
  }

  /**
   * Opens the shop while the backend's answer about regions is held back, and resolves once the
   * page has sent its search; then lets the regions through and waits for the results.
   */
  async gotoSearchingBeforeRegions(): Promise<void> {
    let release = () => {}
    const released = new Promise<void>((resolve) => (release = resolve))
    await this.page.route(/\/store\/regions\b/, async (route) => {
      await released
      await route.continue()
    })
    const searched = this.page.waitForRequest((request) => /\/store\/search\b/.test(request.url()) && request.method() === "POST")
    await this.page.goto("/shop")
    await searched
    release()
    await this.waitForResults()
  }

  /** Opens the shop and answers the URL its search (`POST /store/search`) was sent to. */
  async gotoCatchingSearchRequest(): Promise<string> {
    const searched = this.page.waitForRequest((request) => /\/store\/search\b/.test(request.url()) && request.method() === "POST")
    await this.page.goto("/shop")
    return (await searched).url()
  }

  /**
   * The hits of the next store search whose request names `asked` (a word or a filter value),
   * as the backend answered them: start it before the action that sends the search.
   */
  async nextSearchAnswer(asked: string): Promise<SearchHitType[]> {
    const response = await this.page.waitForResponse(
      (candidate) =>
        /\/store\/search\b/.test(candidate.url()) &&
        candidate.request().method() === "POST" &&
        (candidate.request().postData() ?? "").includes(asked)
    )
    const body = (await response.json()) as { results?: { hits: SearchHitType[] }[]; hits?: SearchHitType[] }
    return body.results?.[0]?.hits ?? body.hits ?? []
  }

  async waitForResults(): Promise<void> {
    await this.resultCount.filter({ hasText: /\d/ }).waitFor()
  }

  /** The number in the result count, once the results for what is asked are shown. */
  async resultTotal(): Promise<number> {
    await this.waitForResults()
    const text = (await this.resultCount.textContent()) ?? ""
    return Number(/\d+/.exec(text)?.[0] ?? Number.NaN)
  }

  /** Types a query as a shopper would, one key at a time. */
  async search(query: string): Promise<void> {
    await this.searchBox.fill("")
    await this.searchBox.pressSequentially(query, { delay: 40 })
  }

  card(index: number): ShopCardView {
    return new ShopCardView(this.cards.nth(index))
  }

  /** A filter (fieldset) by its legend: "Craft", "Province", "Producer group"… */
  facet(name: string): Locator {
    return this.page.getByRole("group", { name, exact: true })
  }

  /** A value's checkbox in a filter; its name is the label followed by its count. */
  facetValue(facetName: string, label: string): Locator {
    const escaped = label.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")
    return this.facet(facetName).getByRole("checkbox", { name: new RegExp(`^${escaped} \\d+$`) })
  }

  /** Ticks a filter value, in the filters dialog on small screens. */
  async refine(facetName: string, label: string): Promise<void> {
    const inDialog = await this.filtersButton.isVisible()
    if (inDialog) {
      await this.filtersButton.click()
    }
    await this.facetValue(facetName, label).check()
    if (inDialog) {
      await this.page.keyboard.press("Escape")
    }
  }

  async openFilters(): Promise<void> {
    await this.filtersButton.click()
  }
}
