import type { Locator, Page } from "@playwright/test"
import { StorefrontPage } from "./storefront-page"

/** The confirmation of a placed order: number, lines by group with makers, totals. */
export class OrderConfirmationPage extends StorefrontPage {
  readonly orderNumber: Locator
  readonly groups: Locator
  readonly lines: Locator
  readonly lineMakers: Locator
  readonly total: Locator

  constructor(page: Page) {
    super(page)
    this.orderNumber = page.getByTestId("order-number")
    this.groups = page.getByTestId("order-group")
    this.lines = page.getByTestId("order-line")
    this.lineMakers = page.getByTestId("order-line-makers")
    this.total = page.getByTestId("order-total")
  }

  async goto(orderId: string, token: string | null): Promise<void> {
    await this.page.goto(`/orders/${orderId}/confirmed${token ? `?token=${encodeURIComponent(token)}` : ""}`)
    await this.heading.waitFor()
  }

  group(name: string): Locator {
    return this.groups.filter({ has: this.page.getByRole("heading", { name: `From ${name}` }) })
  }
}
