import type { Locator, Page } from "@playwright/test"
import { ADMIN_URL, type AccountType } from "../stack"

/** Medusa's own login form of the admin dashboard (its fields are named only by placeholders). */
export class AdminLoginPage {
  readonly emailInput: Locator
  readonly passwordInput: Locator
  readonly submitButton: Locator
  /** The dashboard's sidebar, shown once signed in. */
  readonly sidebar: Locator
  readonly producersLink: Locator
  readonly reviewQueueLink: Locator

  constructor(readonly page: Page) {
    this.emailInput = page.getByPlaceholder("Email")
    this.passwordInput = page.getByPlaceholder("Password")
    this.submitButton = page.getByRole("button", { name: "Continue with Email" })
    this.sidebar = page.getByRole("navigation")
    this.producersLink = this.sidebar.getByRole("link", { name: "Producers", exact: true })
    this.reviewQueueLink = this.sidebar.getByRole("link", { name: "Review queue", exact: true })
  }

  async goto(): Promise<void> {
    await this.page.goto(`${ADMIN_URL}/login`)
  }

  /** Signs in and waits for the dashboard to take the operator in (to its orders, by default). */
  async logIn(account: AccountType): Promise<void> {
    await this.emailInput.fill(account.email)
    await this.passwordInput.fill(account.password)
    await this.submitButton.click()
    await this.page.waitForURL((url) => !url.pathname.endsWith("/login"))
  }

  async openProducers(): Promise<void> {
    await this.producersLink.click()
  }
}
