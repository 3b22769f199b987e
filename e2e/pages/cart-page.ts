import type { Locator, Page } from "@playwright/test"
import { StorefrontPage } from "./storefront-page"

/** The cart: lines by producer group, quantities, removal, the way to checkout. */
export class CartPage extends StorefrontPage {
  readonly groups: Locator
  readonly lines: Locator
  readonly subtotal: Locator
  readonly checkoutLink: Locator
  readonly emptyMessage: Locator

  constructor(page: Page) {
    super(page)
    this.groups = page.getByTestId("cart-group")
    this.lines = page.getByTestId("cart-line")
    this.subtotal = page.getByTestId("cart-subtotal")
    this.checkoutLink = page.getByRole("link", { name: "Go to checkout" })
    this.emptyMessage = page.getByText("Your cart is empty.")
  }

  async goto(): Promise<void> {
    await this.page.goto("/cart")
    await this.heading.waitFor()
  }

  /** The section of a producer group, by its heading "From <group>". */
  group(name: string): Locator {
    return this.groups.filter({ has: this.page.getByRole("heading", { name: `From ${name}` }) })
  }

  line(title: string): Locator {
    return this.lines.filter({ has: this.page.getByRole("heading", { name: title }) })
  }

  quantityOf(title: string): Locator {
    return this.line(title).getByTestId("cart-line-quantity")
  }

  async increase(title: string): Promise<void> {
    await this.page.getByRole("button", { name: `One more ${title}` }).click()
  }

  async decrease(title: string): Promise<void> {
    await this.page.getByRole("button", { name: `One fewer ${title}` }).click()
  }

  async remove(title: string): Promise<void> {
    await this.page.getByRole("button", { name: `Remove ${title} from your cart` }).click()
  }
}
