import type { Locator, Page } from "@playwright/test"
import access from "../../storefront/src/locales/studio/km/access.json"
import app from "../../storefront/src/locales/studio/km/app.json"
import type { AccountType } from "../stack"

/**
 * The studio's Khmer messages, its default language: tests find controls by the words a
 * coordinator reads, taken from the same files the studio shows.
 */
export const STUDIO_KM = { app, access }

/** What every studio page has: the top bar with the language, the bottom navigation. */
export class StudioPage {
  readonly heading: Locator
  readonly navigation: Locator
  readonly offlineNotice: Locator

  constructor(readonly page: Page) {
    this.heading = page.getByRole("heading", { level: 1 })
    this.navigation = page.getByRole("navigation", { name: app.nav.label })
    this.offlineNotice = page.getByText(app.offline)
  }

  async goto(path = "/studio"): Promise<void> {
    await this.page.goto(path)
  }

  /** Keeps a full-page screenshot beside the test's results, for people to look at. */
  async keepScreenshot(path: string): Promise<void> {
    await this.page.screenshot({ path, fullPage: true })
  }
}

/** The studio's login and join pages, in Khmer. */
export class StudioAccessPage extends StudioPage {
  readonly email: Locator
  readonly password: Locator
  readonly logInButton: Locator
  readonly alert: Locator

  constructor(page: Page) {
    super(page)
    this.email = page.getByLabel(access.email, { exact: true })
    this.password = page.getByLabel(access.password, { exact: true })
    this.logInButton = page.getByRole("button", { name: access.logIn, exact: true })
    this.alert = page.getByRole("alert")
  }

  async gotoLogin(): Promise<void> {
    await this.page.goto("/studio/login")
    await this.logInButton.waitFor()
  }

  /** Logs in from the login page and waits for Today. */
  async logIn(account: AccountType): Promise<void> {
    await this.gotoLogin()
    await this.submitLogin(account)
    await this.page.waitForURL(/\/studio\/?$/)
  }

  async submitLogin(account: AccountType): Promise<void> {
    await this.email.fill(account.email)
    await this.password.fill(account.password)
    await this.logInButton.click()
  }

  /** Joins a group from an invitation link (`/studio/join?code=…`). */
  async join(code: string, account: AccountType, firstName: string): Promise<void> {
    await this.page.goto(`/studio/join?code=${encodeURIComponent(code)}`)
    await this.page.getByLabel(access.email, { exact: true }).fill(account.email)
    await this.page.getByLabel(access.newPassword).fill(account.password)
    await this.page.getByLabel(access.firstName).fill(firstName)
    await this.page.getByRole("button", { name: access.join, exact: true }).click()
  }

  async logOut(): Promise<void> {
    await this.navigation.getByRole("link", { name: app.nav.more }).click()
    await this.page.getByRole("button", { name: app.logOut }).click()
    await this.logInButton.waitFor()
  }
}
