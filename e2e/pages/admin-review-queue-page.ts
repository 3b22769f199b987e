import type { Locator, Page } from "@playwright/test"
import { ADMIN_URL } from "../stack"

/** One listing waiting for review, with its decision buttons. */
export class ListingReviewRowView {
  readonly title: Locator
  readonly group: Locator
  readonly approveButton: Locator
  readonly startRejectButton: Locator
  readonly reasonInput: Locator
  readonly rejectButton: Locator

  constructor(
    readonly root: Locator,
    listingTitle: string
  ) {
    this.title = root.getByRole("link", { name: listingTitle, exact: true })
    this.group = root.getByRole("cell").nth(2)
    this.approveButton = root.getByRole("button", { name: "Approve", exact: true })
    this.startRejectButton = root.getByRole("button", { name: "Reject…", exact: true })
    this.reasonInput = root.getByRole("textbox", { name: `Why ${listingTitle} is sent back` })
    this.rejectButton = root.getByRole("button", { name: "Reject", exact: true })
  }
}

/** The operator's "Review queue" page (backend/src/admin/routes/product-reviews/page.tsx). */
export class AdminReviewQueuePage {
  readonly rows: Locator

  constructor(readonly page: Page) {
    const content = page.locator("main")
    this.rows = content.getByRole("table").getByRole("row").filter({ has: page.getByRole("cell") })
  }

  async goto(): Promise<void> {
    await this.page.goto(`${ADMIN_URL}/product-reviews`)
  }

  row(listingTitle: string): ListingReviewRowView {
    const root = this.rows.filter({
      has: this.page.getByRole("link", { name: listingTitle, exact: true }),
    })
    return new ListingReviewRowView(root, listingTitle)
  }

  async approve(listingTitle: string): Promise<void> {
    await this.row(listingTitle).approveButton.click()
  }

  async reject(listingTitle: string, reason: string): Promise<void> {
    const row = this.row(listingTitle)
    await row.startRejectButton.click()
    await row.reasonInput.fill(reason)
    await row.rejectButton.click()
  }
}
