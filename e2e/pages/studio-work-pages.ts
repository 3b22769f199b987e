import AxeBuilder from "@axe-core/playwright"
import type { Locator, Page } from "@playwright/test"
import { severeViolations } from "../accessibility"
import earnings from "../../storefront/src/locales/studio/km/earnings.json"
import makers from "../../storefront/src/locales/studio/km/makers.json"
import makersEn from "../../storefront/src/locales/studio/en/makers.json"
import orders from "../../storefront/src/locales/studio/km/orders.json"
import profile from "../../storefront/src/locales/studio/km/profile.json"
import { StudioPage } from "./studio-page"

/** The Khmer messages of the studio's orders, makers, earnings and profile pages. */
export const STUDIO_WORK_KM = { orders, makers, earnings, profile }
export const STUDIO_MAKERS_EN = makersEn

/** A message with its {{placeholders}} filled in, as i18next does. */
export function filled(message: string, values: Record<string, string | number>): string {
  return message.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name: string) => String(values[name] ?? ""))
}

/** The page's serious and critical accessibility violations (the shop's own rule set). */
export async function severeAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"])
    .analyze()
  return severeViolations(results.violations)
}

/** An order's page: its lines, and the hand-over and shipping steps. */
export class StudioOrderPage extends StudioPage {
  readonly status: Locator

  constructor(page: Page) {
    super(page)
    this.status = page.getByRole("status")
  }

  override async goto(orderId: string): Promise<void> {
    await this.page.goto(`/studio/orders/${orderId}`)
    await this.heading.waitFor()
  }

  lineStatus(title: string): Locator {
    return this.page.getByRole("listitem").filter({ hasText: title })
  }

  /** Chooses the pieces to hand over (all at the group are chosen to begin with) and checks. */
  async startHandOver(): Promise<void> {
    await this.page.getByRole("button", { name: orders.handover.button }).click()
    await this.heading.filter({ hasText: orders.handover.title }).waitFor()
  }

  async fillShipping(fields: { trackingNumber: string; carrier?: string; trackingUrl?: string }): Promise<void> {
    await this.page.getByLabel(orders.ship.trackingNumber, { exact: true }).fill(fields.trackingNumber)
    await this.page.getByLabel(orders.ship.carrier, { exact: true }).fill(fields.carrier ?? "")
    await this.page.getByLabel(orders.ship.trackingUrl, { exact: true }).fill(fields.trackingUrl ?? "")
  }

  async next(): Promise<void> {
    await this.page.getByRole("button", { name: orders.action.next, exact: true }).click()
  }
}

/** A maker's pages: the record's form, the consent step, withdrawing and retiring. */
export class StudioMakerPage extends StudioPage {
  async fillNewMaker(maker: { firstName: string; lastName: string; craft: string; gender: string }): Promise<void> {
    await this.page.getByLabel(makers.form.firstName, { exact: true }).fill(maker.firstName)
    await this.page.getByLabel(makers.form.lastName, { exact: true }).fill(maker.lastName)
    await this.page.getByLabel(maker.craft, { exact: true }).check()
    await this.page.getByLabel(maker.gender, { exact: true }).check()
  }

  /** The portrait picker: a file input inside its button's label. */
  portraitInput(): Locator {
    return this.page.locator('input[type="file"]').first()
  }

  statementHeading(text: string): Locator {
    return this.page.getByRole("heading", { name: text, level: 2 })
  }
}
