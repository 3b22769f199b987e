import AxeBuilder from "@axe-core/playwright"
import type { Locator, Page } from "@playwright/test"
import { ADMIN_URL } from "../stack"

/** Our page's content; Medusa's sidebar and top bar around it are the dashboard's, not ours. */
const PAGE_CONTENT = "main"

export type PayoutFormType = {
  /** In major units, as the operator types it: "12.34". */
  amount: string
  /** As the currency menu shows it: "USD", "EUR", "KHR". */
  currency: string
  /** As the method menu shows it: "Bank transfer", "ABA", "Wing", "KHQR", "Cash". */
  method: string
  reference: string
}

/**
 * One producer group's page in Medusa's admin (backend/src/admin/routes/producers/[id]/page.tsx):
 * status actions, profile and commission, coordinators and invites, makers, money.
 */
export class AdminProducerPage {
  readonly heading: Locator
  readonly statusBadge: Locator
  readonly suspendButton: Locator
  /** "Approve group" for a pending group, "Reinstate group" for a suspended one. */
  readonly approveButton: Locator
  readonly suspendForm: Locator

  readonly commissionInput: Locator
  readonly saveProfileButton: Locator

  readonly coordinatorRows: Locator
  readonly inviteEmailInput: Locator
  readonly createInviteButton: Locator
  /** The invite just created, with its one-time code. */
  readonly createdInvite: Locator

  /** "Owed to the group: €94.16 · $116.16". */
  readonly owedToGroup: Locator
  readonly payoutRows: Locator

  constructor(readonly page: Page) {
    const content = page.locator(PAGE_CONTENT)
    this.heading = content.getByRole("heading", { level: 1 })
    // The badge sits beside the group's name; the innermost box holding the name holds both.
    this.statusBadge = content
      .locator("div", { has: page.getByRole("heading", { level: 1 }) })
      .last()
      .getByText(/^(Active|Pending approval|Suspended)$/)
    this.suspendButton = content.getByRole("button", { name: "Suspend group" })
    this.approveButton = content.getByRole("button", { name: /^(Approve|Reinstate) group$/ })
    this.suspendForm = page.getByRole("dialog", { name: /^Suspend / })

    this.commissionInput = content.getByLabel("Commission (%)")
    this.saveProfileButton = content.getByRole("button", { name: "Save", exact: true })

    const coordinatorsTable = content.getByRole("table").filter({
      has: page.getByRole("columnheader", { name: "Since", exact: true }),
    })
    this.coordinatorRows = coordinatorsTable.getByRole("row").filter({ has: page.getByRole("cell") })
    this.inviteEmailInput = content.getByLabel("Invite a coordinator by email")
    this.createInviteButton = content.getByRole("button", { name: "Create invite" })
    this.createdInvite = content.getByRole("status").filter({ hasText: /^Invite for / })

    this.owedToGroup = content.getByText(/^Owed to the group:/)
    const payoutsTable = content.getByRole("table").filter({
      has: page.getByRole("columnheader", { name: "Paid", exact: true }),
    })
    this.payoutRows = payoutsTable.getByRole("row").filter({ has: page.getByRole("cell") })
  }

  async goto(groupId: string): Promise<void> {
    await this.page.goto(`${ADMIN_URL}/producers/${groupId}`)
  }

  /** Opens a group's page and waits until the group is shown. */
  async gotoGroup(groupId: string): Promise<void> {
    await this.goto(groupId)
    await this.heading.waitFor()
  }

  async reload(): Promise<void> {
    await this.page.reload()
    await this.heading.waitFor()
  }

  async suspend(reason: string): Promise<void> {
    await this.suspendButton.click()
    await this.suspendForm.getByLabel("Reason (shown to the group)").fill(reason)
    await this.suspendForm.getByRole("button", { name: "Suspend", exact: true }).click()
  }

  async approve(): Promise<void> {
    await this.approveButton.click()
  }

  /** Types a commission in percent ("13.5") without saving it. */
  async typeCommission(percent: string): Promise<void> {
    await this.commissionInput.fill(percent)
  }

  /** Types a commission in percent ("13.5") and saves the profile. */
  async changeCommission(percent: string): Promise<void> {
    await this.typeCommission(percent)
    await this.saveProfileButton.click()
  }

  async invite(email: string): Promise<void> {
    await this.inviteEmailInput.fill(email)
    await this.createInviteButton.click()
  }

  coordinatorRow(email: string): Locator {
    return this.coordinatorRows.filter({ has: this.page.getByRole("cell", { name: email, exact: true }) })
  }

  async recordPayout(payout: PayoutFormType): Promise<void> {
    const content = this.page.locator(PAGE_CONTENT)
    await content.getByLabel("Amount paid", { exact: true }).fill(payout.amount)
    await this.choose(content.getByRole("combobox", { name: "Currency" }), payout.currency)
    await this.choose(content.getByRole("combobox", { name: "Method" }), payout.method)
    await content.getByLabel("Reference", { exact: true }).fill(payout.reference)
    await content.getByRole("button", { name: "Record payout" }).click()
  }

  payoutRow(reference: string): Locator {
    return this.payoutRows.filter({ has: this.page.getByRole("cell", { name: reference, exact: true }) })
  }

  /** A toast of the dashboard's notifications, e.g. "Saved". */
  notification(text: string): Locator {
    return this.page.getByRole("region", { name: /^Notifications/ }).getByText(text, { exact: true })
  }

  /** axe's violations inside our page's content, WCAG 2.x A and AA rules. */
  async accessibilityViolations() {
    const results = await new AxeBuilder({ page: this.page })
      .include(PAGE_CONTENT)
      .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"])
      .analyze()
    return results.violations
  }

  /** Picks an option of one of Medusa's select menus (Radix: a button opening a listbox). */
  private async choose(menu: Locator, option: string): Promise<void> {
    await menu.click()
    await this.page.getByRole("option", { name: option, exact: true }).click()
  }
}
