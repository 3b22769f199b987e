import type { Locator, Page } from "@playwright/test"
import { StorefrontPage } from "./storefront-page"

/** A producer group's page: story, impact, makers, products. */
export class ProducerGroupPage extends StorefrontPage {
  readonly story: Locator
  readonly impact: Locator
  readonly makers: Locator
  readonly products: Locator

  constructor(page: Page) {
    super(page)
    this.story = page.getByTestId("group-story")
    this.impact = page.getByTestId("group-impact")
    this.makers = page.getByTestId("group-makers").getByRole("listitem")
    this.products = page.getByTestId("listed-products").getByRole("listitem")
  }

  async goto(handle: string): Promise<void> {
    await this.page.goto(`/producers/${handle}`)
    await this.heading.waitFor()
  }

  maker(name: string): Locator {
    return this.makers.getByRole("link", { name, exact: true })
  }
}
