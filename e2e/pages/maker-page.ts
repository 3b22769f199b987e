import type { Locator, Page } from "@playwright/test"
import { StorefrontPage } from "./storefront-page"

/** A maker's public profile. */
export class MakerPage extends StorefrontPage {
  readonly story: Locator
  readonly groupLink: Locator
  readonly products: Locator

  constructor(page: Page) {
    super(page)
    this.story = page.getByTestId("maker-story")
    this.groupLink = page.getByRole("main").getByRole("link").first()
    this.products = page.getByTestId("listed-products").getByRole("listitem")
  }

  async goto(handle: string): Promise<void> {
    await this.page.goto(`/makers/${handle}`)
    await this.heading.waitFor()
  }
}
