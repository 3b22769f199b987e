import type { Locator, Page } from "@playwright/test"
import { StorefrontPage } from "./storefront-page"

/** One order in the account. */
export class OrderDetailPage extends StorefrontPage {
  readonly lines: Locator
  readonly total: Locator

  constructor(page: Page) {
    super(page)
    this.lines = page.getByTestId("order-line")
    this.total = page.getByTestId("order-total")
  }
}
