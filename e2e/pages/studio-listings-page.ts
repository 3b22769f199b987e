import type { Locator, Page } from "@playwright/test"
import listings from "../../storefront/src/locales/studio/km/listings.json"
import offline from "../../storefront/src/locales/studio/km/offline.json"
import { StudioPage } from "./studio-page"

/** The studio's listings, list and editor, in Khmer. */
export const LISTINGS_KM = { listings, offline }

/** Fills the template of a message ("ជំហានទី {{step}}") with values. */
export const filled = (message: string, values: Record<string, string | number>) =>
  message.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, key: string) => String(values[key] ?? ""))

/** A listing's content as the tests type it. */
export type ListingInputType = {
  title: string
  titleKm: string
  description: string
  descriptionKm: string
  craft: string
  material: string
}

export class StudioListingsPage extends StudioPage {
  readonly addListing: Locator
  readonly outbox: Locator
  readonly next: Locator
  readonly galleryInput: Locator

  constructor(page: Page) {
    super(page)
    this.addListing = page.getByRole("link", { name: listings.add })
    this.outbox = page.getByRole("heading", { name: offline.title }).locator("xpath=..")
    this.next = page.getByRole("button", { name: listings.editor.next, exact: true })
    this.galleryInput = page.getByTestId("gallery-input")
  }

  async gotoList(query = ""): Promise<void> {
    await this.page.goto(`/studio/listings${query}`)
    await this.addListing.waitFor()
  }

  card(title: string): Locator {
    return this.page.getByTestId("listing-card").filter({ has: this.page.getByRole("heading", { name: title }) })
  }

  /** The step heading, to wait for a step. */
  step(name: keyof typeof listings.editor.steps): Locator {
    return this.page.getByRole("heading", { level: 1, name: listings.editor.steps[name] })
  }

  async addPhoto(file: { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
    await this.galleryInput.setInputFiles(file)
  }

  async fillWords(input: ListingInputType): Promise<void> {
    await this.page.getByLabel(listings.words.titleKm, { exact: true }).fill(input.titleKm)
    await this.page.getByLabel(listings.words.title, { exact: true }).fill(input.title)
    await this.page.getByLabel(listings.words.descriptionKm, { exact: true }).fill(input.descriptionKm)
    await this.page.getByLabel(listings.words.description, { exact: true }).fill(input.description)
  }

  async fillHeritage(input: ListingInputType): Promise<void> {
    await this.page.getByLabel(listings.heritage.craft, { exact: true }).selectOption(input.craft)
    await this.page.getByRole("checkbox", { name: input.material, exact: true }).check()
    await this.page.getByLabel(listings.heritage.hours, { exact: true }).fill("12")
  }

  async fillCosting(costs: { materials: string; hours: string; wage: string }): Promise<void> {
    await this.page.getByLabel(listings.costing.materials, { exact: true }).fill(costs.materials)
    await this.page.getByLabel(listings.costing.hours, { exact: true }).fill(costs.hours)
    await this.page.getByLabel(listings.costing.wage, { exact: true }).fill(costs.wage)
  }

  priceField(): Locator {
    return this.page.getByLabel(listings.variants.priceUsd, { exact: true })
  }

  async send(): Promise<void> {
    await this.page.getByRole("button", { name: listings.review.send, exact: true }).click()
  }

  async keepAsDraft(): Promise<void> {
    await this.page.getByRole("button", { name: listings.review.keepDraft, exact: true }).click()
  }

  /** Opens a listing from its card and walks its steps to the review. */
  async openToReview(title: string): Promise<void> {
    await this.card(title).getByRole("link", { name: listings.edit }).click()
    await this.step("photos").waitFor()
    for (let step = 1; step < 6; step += 1) await this.next.click()
    await this.step("review").waitFor()
  }
}
