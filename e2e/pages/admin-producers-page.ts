import AxeBuilder from "@axe-core/playwright"
import type { Locator, Page } from "@playwright/test"
import { ADMIN_URL } from "../stack"

/** Our page's content; Medusa's sidebar and top bar around it are the dashboard's, not ours. */
const PAGE_CONTENT = "main"

/** One producer group in the list. */
export class ProducerGroupRowView {
  readonly nameLink: Locator
  readonly status: Locator
  readonly review: Locator
  readonly commission: Locator

  constructor(readonly root: Locator) {
    const cells = root.getByRole("cell")
    this.nameLink = cells.nth(0).getByRole("link")
    this.status = cells.nth(2)
    this.review = cells.nth(3)
    this.commission = cells.nth(4)
  }
}

/** The operator's "Producers" page in Medusa's admin (backend/src/admin/routes/producers/page.tsx). */
export class AdminProducersPage {
  readonly heading: Locator
  readonly table: Locator
  /** The groups shown, one row each (the header row left out). */
  readonly rows: Locator
  readonly statusFilter: Locator
  readonly searchBox: Locator
  /** Medusa's pagination summary, e.g. "20 of 24 results". */
  readonly resultCount: Locator
  readonly createGroupButton: Locator
  readonly createGroupForm: Locator

  constructor(readonly page: Page) {
    const content = page.locator(PAGE_CONTENT)
    this.heading = content.getByRole("heading", { name: "Producer groups", level: 1 })
    this.table = content.getByRole("table")
    this.rows = this.table.getByRole("row").filter({ has: page.getByRole("cell") })
    this.statusFilter = content.getByRole("combobox", { name: "Status" })
    this.searchBox = content.getByLabel("Search groups by name")
    this.resultCount = content.getByText(/^\d+ of \d+ results$/)
    this.createGroupButton = content.getByRole("button", { name: "Create group" })
    this.createGroupForm = page.getByRole("dialog", { name: "New producer group" })
  }

  async goto(): Promise<void> {
    await this.page.goto(`${ADMIN_URL}/producers`)
  }

  /** Opens the page and waits until the first groups are listed. */
  async gotoWithGroups(): Promise<void> {
    await this.goto()
    await this.rows.first().waitFor()
  }

  row(groupName: string): ProducerGroupRowView {
    return new ProducerGroupRowView(
      this.rows.filter({ has: this.page.getByRole("link", { name: groupName, exact: true }) })
    )
  }

  rowAt(index: number): ProducerGroupRowView {
    return new ProducerGroupRowView(this.rows.nth(index))
  }

  async search(text: string): Promise<void> {
    await this.searchBox.fill(text)
  }

  /** Picks a status as the filter names it: "All statuses", "Pending approval", "Active", "Suspended". */
  async filterByStatus(label: string): Promise<void> {
    await this.statusFilter.click()
    await this.page.getByRole("option", { name: label, exact: true }).click()
  }

  /** Fills and sends the "Create group" form; the page then opens the new group. */
  async createGroup(group: {
    name: string
    handle: string
    /** As the province menu shows it: "Siem Reap". */
    province: string
    /** In percent, as typed: "12.5". */
    commission: string
  }): Promise<void> {
    await this.createGroupButton.click()
    const form = this.createGroupForm
    await form.getByLabel("Name", { exact: true }).fill(group.name)
    await form.getByLabel("Handle", { exact: true }).fill(group.handle)
    await form.getByLabel("Province", { exact: true }).click()
    await this.page.getByRole("option", { name: group.province, exact: true }).click()
    await form.getByLabel("Commission (%)").fill(group.commission)
    await form.getByRole("button", { name: "Create", exact: true }).click()
  }

  /** axe's violations inside our page's content, WCAG 2.x A and AA rules. */
  async accessibilityViolations() {
    const results = await new AxeBuilder({ page: this.page })
      .include(PAGE_CONTENT)
      .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"])
      .analyze()
    return results.violations
  }
}
