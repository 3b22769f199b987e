import type { Locator, Page } from "@playwright/test"
import { StorefrontPage } from "./storefront-page"

/** The platform's impact in figures. */
export class ImpactPage extends StorefrontPage {
  readonly groups: Locator
  readonly artisans: Locator
  readonly women: Locator
  readonly sales: Locator

  constructor(page: Page) {
    super(page)
    this.groups = page.getByTestId("impact-groups")
    this.artisans = page.getByTestId("impact-artisans")
    this.women = page.getByTestId("impact-women")
    this.sales = page.getByTestId("impact-sales")
  }

  async goto(): Promise<void> {
    await this.page.goto("/impact")
    await this.groups.waitFor()
  }
}
