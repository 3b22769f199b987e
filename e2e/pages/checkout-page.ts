import type { Locator, Page } from "@playwright/test"
import { StorefrontPage } from "./storefront-page"

export type CheckoutAddressType = {
  email: string
  firstName: string
  lastName: string
  address: string
  city: string
  postalCode: string
  /** As the country list names it in English, e.g. "France". */
  country: string
}

/** Checkout: contact and address, shipping, payment. */
export class CheckoutPage extends StorefrontPage {
  readonly addressForm: Locator
  readonly shippingOptions: Locator
  readonly testPaymentNotice: Locator
  readonly placeOrderButton: Locator
  readonly total: Locator
  readonly totals: Locator

  constructor(page: Page) {
    super(page)
    this.addressForm = page.getByTestId("address-form")
    this.shippingOptions = page.getByTestId("shipping-form").getByRole("radio")
    this.testPaymentNotice = page.getByText("Test payment: no card is charged")
    this.placeOrderButton = page.getByRole("button", { name: "Place order" })
    this.total = page.getByTestId("checkout-total")
    this.totals = page.getByTestId("checkout-totals")
  }

  async goto(): Promise<void> {
    await this.page.goto("/checkout")
    await this.heading.waitFor()
  }

  field(label: string): Locator {
    return this.addressForm.getByLabel(label, { exact: true })
  }

  async fillAddress(address: CheckoutAddressType): Promise<void> {
    await this.field("Email").fill(address.email)
    await this.field("First name").fill(address.firstName)
    await this.field("Last name").fill(address.lastName)
    await this.field("Address").fill(address.address)
    await this.field("City").fill(address.city)
    await this.field("Postal code").fill(address.postalCode)
    await this.field("Country").selectOption({ label: address.country })
  }

  async continueToShipping(): Promise<void> {
    await this.page.getByRole("button", { name: "Continue to shipping" }).click()
  }

  async chooseShipping(name: string | RegExp): Promise<void> {
    await this.page.getByRole("radio", { name }).check()
  }

  async continueToPayment(): Promise<void> {
    await this.page.getByRole("button", { name: "Continue to payment" }).click()
  }

  async placeOrder(): Promise<void> {
    await this.placeOrderButton.click()
  }

  /** The whole checkout with the mouse, for tests about what comes after it. */
  async checkOut(address: CheckoutAddressType, shipping: string | RegExp = /Standard/): Promise<void> {
    await this.goto()
    await this.fillAddress(address)
    await this.continueToShipping()
    await this.chooseShipping(shipping)
    await this.continueToPayment()
    await this.testPaymentNotice.waitFor()
    await this.placeOrder()
  }

  /** Presses Tab until `target` has the keyboard focus (at most `limit` times). */
  async tabTo(target: Locator, limit = 80): Promise<void> {
    for (let presses = 0; presses < limit; presses += 1) {
      if (await target.evaluate((element) => element === document.activeElement)) return
      await this.page.keyboard.press("Tab")
    }
    throw new Error(`Tabbed ${limit} times without reaching ${target.toString()}`)
  }

  /** Moves a focused, closed select with the arrow keys until its value is `value`. */
  async chooseOptionWithArrows(select: Locator, value: string, limit = 100): Promise<void> {
    for (let presses = 0; presses < limit; presses += 1) {
      if ((await select.inputValue()) === value) return
      await this.page.keyboard.press("ArrowDown")
    }
    throw new Error(`No option "${value}" within ${limit} presses of ArrowDown`)
  }

  /** Types into the focused field. */
  async type(text: string): Promise<void> {
    await this.page.keyboard.type(text)
  }

  async press(key: string): Promise<void> {
    await this.page.keyboard.press(key)
  }
}
