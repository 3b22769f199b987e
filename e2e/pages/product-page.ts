import type { Locator, Page } from "@playwright/test"
import { StorefrontPage } from "./storefront-page"

/** A product's page: photos, price, heritage, makers, group and where the money goes. */
export class ProductPage extends StorefrontPage {
  readonly price: Locator
  readonly stock: Locator
  readonly heritage: Locator
  readonly makers: Locator
  readonly producerGroup: Locator
  readonly moneyToGroup: Locator
  readonly moneyToPlatform: Locator
  readonly quantityInput: Locator
  readonly addToCartButton: Locator
  readonly addToCartStatus: Locator

  constructor(page: Page) {
    super(page)
    this.price = page.getByTestId("product-price").first()
    this.stock = page.getByTestId("product-stock")
    this.heritage = page.getByTestId("heritage")
    this.makers = page.getByTestId("makers").getByRole("listitem")
    this.producerGroup = page.getByTestId("producer-group")
    this.moneyToGroup = page.getByTestId("money-group")
    this.moneyToPlatform = page.getByTestId("money-platform")
    const addToCart = page.getByTestId("add-to-cart")
    this.quantityInput = addToCart.getByRole("spinbutton")
    this.addToCartButton = addToCart.getByRole("button")
    this.addToCartStatus = addToCart.getByRole("status")
  }

  /** Adds the shown variant to the cart and waits until the page says it was added. */
  async addToCart(quantity = 1): Promise<void> {
    await this.quantityInput.fill(String(quantity))
    await this.addToCartButton.click()
    await this.addToCartStatus.getByRole("link").waitFor()
  }

  /** The group's name on the page, which links to the group's page. */
  groupLink(name: string): Locator {
    return this.producerGroup.getByRole("link", { name, exact: true })
  }

  /** A maker's name in the makers section, which links to their page when they have one. */
  makerLink(name: string): Locator {
    return this.makers.getByRole("link", { name, exact: true })
  }

  /** Opens a product's page (with `query`, e.g. "?lang=km") and waits for its title. */
  async goto(handle: string, query = ""): Promise<void> {
    await this.page.goto(`/products/${handle}${query}`)
    await this.price.waitFor()
  }

  /** A heritage fact's value by its term ("Craft", "Province"…). */
  heritageFact(term: string): Locator {
    return this.heritage.locator("div").filter({ has: this.page.locator("dt", { hasText: term }) }).locator("dd")
  }

  maker(name: string): Locator {
    return this.makers.filter({ has: this.page.getByRole("heading", { name, exact: true }) })
  }

  /** A product row under "More from…" / "More…", by its heading. */
  relatedRow(heading: string | RegExp): Locator {
    return this.page.getByRole("region", { name: heading })
  }
}
