import type { Locator, Page } from "@playwright/test"
import type { AccountType } from "../stack"
import { StorefrontPage } from "./storefront-page"

export type NewCustomerType = AccountType & { firstName: string; lastName: string }

export type AddressFormType = {
  firstName: string
  lastName: string
  address: string
  city: string
  postalCode: string
  country: string
}

/** The account: log in, register, orders, addresses. */
export class AccountPage extends StorefrontPage {
  readonly loginForm: Locator
  readonly registerForm: Locator
  readonly logOutButton: Locator
  readonly orders: Locator
  readonly addressCards: Locator
  readonly addressForm: Locator

  constructor(page: Page) {
    super(page)
    this.loginForm = page.getByTestId("login-form")
    this.registerForm = page.getByTestId("register-form")
    this.logOutButton = page.getByRole("button", { name: "Log out" })
    this.orders = page.getByTestId("order-history").getByRole("listitem")
    this.addressCards = page.getByTestId("address-card")
    this.addressForm = page.getByTestId("address-book-form")
  }

  async goto(): Promise<void> {
    await this.page.goto("/account")
    await this.heading.waitFor()
  }

  async register(customer: NewCustomerType): Promise<void> {
    await this.registerForm.getByLabel("First name").fill(customer.firstName)
    await this.registerForm.getByLabel("Last name").fill(customer.lastName)
    await this.registerForm.getByLabel("Email").fill(customer.email)
    await this.registerForm.getByLabel(/^Password/).fill(customer.password)
    await this.registerForm.getByRole("button", { name: "Create account" }).click()
    await this.logOutButton.waitFor()
  }

  async logIn(account: AccountType): Promise<void> {
    await this.loginForm.getByLabel("Email").fill(account.email)
    await this.loginForm.getByLabel("Password").fill(account.password)
    await this.loginForm.getByRole("button", { name: "Log in" }).click()
    await this.logOutButton.waitFor()
  }

  async logOut(): Promise<void> {
    await this.logOutButton.click()
    await this.loginForm.waitFor()
  }

  order(number: string): Locator {
    return this.orders.filter({ hasText: `Order #${number}` })
  }

  async openOrder(number: string): Promise<void> {
    await this.page.getByRole("link", { name: `Order #${number}` }).click()
  }

  private async fillAddressForm(address: AddressFormType): Promise<void> {
    await this.addressForm.getByLabel("First name").fill(address.firstName)
    await this.addressForm.getByLabel("Last name").fill(address.lastName)
    await this.addressForm.getByLabel("Address").fill(address.address)
    await this.addressForm.getByLabel("City").fill(address.city)
    await this.addressForm.getByLabel("Postal code").fill(address.postalCode)
    await this.addressForm.getByLabel("Country").selectOption({ label: address.country })
    await this.addressForm.getByRole("button", { name: "Save address" }).click()
    await this.addressForm.waitFor({ state: "detached" })
  }

  async addAddress(address: AddressFormType): Promise<void> {
    await this.page.getByRole("button", { name: "Add an address" }).click()
    await this.fillAddressForm(address)
  }

  async editAddress(current: string, address: AddressFormType): Promise<void> {
    await this.page.getByRole("button", { name: `Change the address ${current}` }).click()
    await this.fillAddressForm(address)
  }

  async deleteAddress(current: string): Promise<void> {
    await this.page.getByRole("button", { name: `Delete the address ${current}` }).click()
  }
}
