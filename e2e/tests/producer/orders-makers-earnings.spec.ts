import { readFile } from "node:fs/promises"
import type { Page } from "@playwright/test"
import { formatMoney } from "@sipakam/shared"
import { minimalListing, type ProducerApi } from "../../api/producer-api"
import type { StoreApi } from "../../api/store-api"
import { StudioWorkApi, type ProducerOrderType } from "../../api/studio-work-api"
import { expect, test } from "../../fixtures"
import { ProductPage } from "../../pages/product-page"
import { StudioAccessPage } from "../../pages/studio-page"
import {
  filled,
  severeAxeViolations,
  STUDIO_MAKERS_EN,
  STUDIO_WORK_KM,
  StudioMakerPage,
  StudioOrderPage,
} from "../../pages/studio-work-pages"
import { PRODUCER, PRODUCER_GROUP_HANDLE, SHOWCASE_PRODUCT, uniqueEmail } from "../../stack"

test.use({ viewport: { width: 360, height: 740 } })

const { orders: ORDERS, makers: MAKERS, earnings: EARNINGS, profile: PROFILE } = STUDIO_WORK_KM

/** A 1 x 1 PNG: the studio shrinks it to a JPEG on the phone and uploads that. */
const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==",
  "base64"
)

/** Asks until `read` answers something, as the backend records an order's lines after it is placed. */
async function eventually<T>(read: () => Promise<T | null | undefined>, what: string, timeout = 30_000): Promise<T> {
  const until = Date.now() + timeout
  for (;;) {
    const value = await read()
    if (value) return value
    if (Date.now() > until) throw new Error(`Timed out waiting for ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
}

/**
 * Runs `use` with a listing of the demo group (trusted, so on sale at once) bought by a guest in
 * Cambodia through the store API, as the group's studio then sees the order. Afterwards the
 * order's lines still at the group are handed over (releasing their reservations) and the
 * listing is deleted, so the store is left as it was; a cleanup failure is reported only when
 * the test itself passed.
 */
async function withBoughtListing(
  apis: { producerApi: ProducerApi; storeApi: StoreApi; studioApi: StudioWorkApi },
  title: string,
  use: (bought: { order: ProducerOrderType }) => Promise<void>
): Promise<void> {
  const { producerApi, storeApi, studioApi } = apis
  const listing = await producerApi.createProduct(minimalListing(title))
  let passed = false
  let orderId = ""
  try {
    // The store lists a new product once its catalogue cache has moved on.
    await expect(async () => {
      orderId = (await storeApi.placeGuestOrder(listing.handle, "kh")).orderId
    }).toPass({ timeout: 60_000, intervals: [1_000, 2_000, 5_000] })
    const order = await eventually(() => studioApi.orderIfListed(orderId), `order ${orderId} in the studio`)
    await use({ order })
    passed = true
  } finally {
    try {
      if (orderId) await studioApi.handOverPending(orderId)
      await producerApi.deleteProduct(listing.id)
    } catch (error) {
      if (passed) throw error
    }
  }
}

async function logIn(page: Page) {
  await new StudioAccessPage(page).logIn(PRODUCER)
}

test.describe("studio orders, makers, earnings and profile, in Khmer on a 360 px phone", () => {
  test("an order line is handed over, then shipped with tracking", async ({ page, request, producerApi, storeApi }) => {
    const studioApi = new StudioWorkApi(request, PRODUCER)
    const title = `E2E hand-over scarf ${Date.now()}`
    await withBoughtListing({ producerApi, storeApi, studioApi }, title, async ({ order }) => {
      const number = filled(ORDERS.number, { number: order.display_id })
      await logIn(page)
      await page.goto("/studio/orders")
      const row = page.getByRole("link").filter({ hasText: number })
      await expect(row).toContainText(ORDERS.toDo.toDo)
      await expect(row).toContainText(filled(ORDERS.lineSummary, { quantity: 1, title }))
      await page.screenshot({ path: test.info().outputPath("orders-km-360.png"), fullPage: true })
      expect(await severeAxeViolations(page)).toEqual([])
      await row.click()

      const orderPage = new StudioOrderPage(page)
      await expect(orderPage.heading).toHaveText(number)
      // The guest's address as the group reads it: the country in the studio's language (as far
      // as the browser knows it), no phone given.
      const country = await page.evaluate(() => new Intl.DisplayNames(["km"], { type: "region" }).of("KH") ?? "KH")
      await expect(page.getByText("12 rue des Tisserands")).toBeVisible()
      await expect(page.getByText(country, { exact: true })).toBeVisible()
      await expect(page.getByText(ORDERS.noPhone)).toBeVisible()
      await expect(orderPage.lineStatus(title)).toContainText(ORDERS.status.waiting)
      await page.screenshot({ path: test.info().outputPath("order-km-360.png"), fullPage: true })
      expect(await severeAxeViolations(page)).toEqual([])

      // Hand over: the line at the group is ticked to begin with; the check says it in words.
      await orderPage.startHandOver()
      const line = page.getByRole("checkbox", { name: new RegExp(title) })
      await expect(line).toBeChecked()
      await line.uncheck()
      await orderPage.next()
      await expect(page.getByRole("alert")).toHaveText(ORDERS.errors.noLines)
      await line.check()
      await orderPage.next()
      await expect(orderPage.heading).toHaveText(ORDERS.action.checkTitle)
      await expect(page.getByText(filled(ORDERS.handover.confirm, { number: order.display_id }))).toBeVisible()
      const handOver = page.waitForRequest((sent) => sent.url().endsWith(`/producer/orders/${order.id}/handover`))
      await page.getByRole("button", { name: ORDERS.handover.yes }).click()
      const handOverRequest = await handOver
      expect(handOverRequest.headers()["idempotency-key"]).toMatch(/^[0-9a-f-]{36}$/)
      expect(handOverRequest.postDataJSON()).toEqual({ line_item_ids: [order.items[0]?.id] })
      await expect(orderPage.status.filter({ hasText: filled(ORDERS.handover.done, { count: 1 }) })).toBeVisible()
      await expect(orderPage.lineStatus(title)).toContainText("បានប្រគល់នៅ")
      expect((await studioApi.order(order.id)).items[0]?.status).toBe("handed_over")

      // Ship with tracking: an http address is refused in words, then corrected.
      await page.getByRole("button", { name: ORDERS.ship.button }).click()
      await expect(orderPage.heading).toHaveText(ORDERS.ship.title)
      await expect(page.getByRole("checkbox", { name: new RegExp(title) })).toBeChecked()
      const tracking = { trackingNumber: "RR123456789KH", carrier: "Cambodia Post" }
      await orderPage.fillShipping({ ...tracking, trackingUrl: "http://track.example.com/RR123456789KH" })
      await orderPage.next()
      await expect(page.getByText(ORDERS.errors.httpsOnly)).toBeVisible()
      await page.screenshot({ path: test.info().outputPath("order-ship-form-km-360.png"), fullPage: true })
      expect(await severeAxeViolations(page)).toEqual([])
      await orderPage.fillShipping({ ...tracking, trackingUrl: "https://track.example.com/RR123456789KH" })
      await orderPage.next()
      await expect(page.getByText("RR123456789KH", { exact: true })).toBeVisible()
      const ship = page.waitForRequest((sent) => sent.url().endsWith(`/producer/orders/${order.id}/ship`))
      await page.getByRole("button", { name: ORDERS.ship.yes }).click()
      expect((await ship).headers()["idempotency-key"]).toMatch(/^[0-9a-f-]{36}$/)
      await expect(orderPage.status.filter({ hasText: filled(ORDERS.ship.done, { count: 1 }) })).toBeVisible()
      await expect(orderPage.lineStatus(title)).toContainText(
        filled(ORDERS.status.trackingWithCarrier, { number: "RR123456789KH", carrier: "Cambodia Post" })
      )
      await expect(page.getByRole("heading", { name: ORDERS.toDo.done })).toBeVisible()
      await page.screenshot({ path: test.info().outputPath("order-shipped-km-360.png"), fullPage: true })
      const shipped: ProducerOrderType = await studioApi.order(order.id)
      expect(shipped.items[0]).toMatchObject({
        status: "shipped",
        tracking: { number: "RR123456789KH", carrier: "Cambodia Post", url: "https://track.example.com/RR123456789KH" },
      })
    })
  })

  test("a maker added without consent never appears in the shop; with recorded consent they do", async ({
    page,
    request,
    producerApi,
  }) => {
    const studioApi = new StudioWorkApi(request, PRODUCER)
    const stamp = Date.now()
    const firstName = "Bopha"
    const lastName = `Test${stamp}`
    const fullName = `${firstName} ${lastName}`
    await logIn(page)
    await page.goto("/studio/makers")
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(MAKERS.list.title)
    await page.screenshot({ path: test.info().outputPath("makers-km-360.png"), fullPage: true })
    expect(await severeAxeViolations(page)).toEqual([])

    // Added without consent: the consent step comes next, and "Not now" records nothing.
    await page.getByRole("link", { name: MAKERS.list.add }).click()
    const makerPage = new StudioMakerPage(page)
    await makerPage.portraitInput().setInputFiles({ name: "portrait.png", mimeType: "image/png", buffer: PNG })
    await expect(page.getByText(MAKERS.form.changePortrait)).toBeVisible({ timeout: 30_000 })
    await makerPage.fillNewMaker({ firstName, lastName, craft: "សូត្រហូល", gender: MAKERS.form.genders.female })
    await page.screenshot({ path: test.info().outputPath("maker-new-km-360.png"), fullPage: true })
    expect(await severeAxeViolations(page)).toEqual([])
    await page.getByRole("button", { name: MAKERS.new.save }).click()
    await expect(page).toHaveURL(/\/studio\/makers\/mkr_[0-9A-Z]+\?step=consent$/)
    const makerId = /\/studio\/makers\/(mkr_[0-9A-Z]+)/.exec(page.url())?.[1] as string
    await expect(makerPage.statementHeading(MAKERS.consent.statement.heading)).toBeVisible()
    await page.screenshot({ path: test.info().outputPath("maker-consent-km-360.png"), fullPage: true })
    expect(await severeAxeViolations(page)).toEqual([])
    await page.getByRole("button", { name: MAKERS.consent.notNow }).click()
    await expect(page.getByText(filled(MAKERS.consentCard.notAsked, { name: fullName, group: "Prey Kabbas Silk Weavers" }))).toBeVisible()

    const before = await studioApi.maker(makerId)
    expect(before.maker).toMatchObject({ public_profile_consent: false, consent_recorded_at: null, gender: "female" })
    expect(before.public_maker).toMatchObject({ handle: null, has_public_profile: false })
    expect(await studioApi.storeGroupMakerNames(PRODUCER_GROUP_HANDLE)).not.toContain(fullName)

    // A piece crediting the maker shows them only as an artisan of the group.
    const listing = await producerApi.createProduct({ ...minimalListing(`E2E maker scarf ${stamp}`), maker_ids: [makerId] } as ReturnType<
      typeof minimalListing
    >)
    try {
      const productPage = new ProductPage(page)
      await expect(async () => productPage.goto(listing.handle, "?lang=en")).toPass({ timeout: 60_000 })
      await expect(productPage.maker(SHOWCASE_PRODUCT.anonymousMaker)).toBeVisible()
      await expect(page.getByText(fullName)).toHaveCount(0)

      // Consent recorded explicitly: the statement in Khmer (English one tap away), a tick, then saved.
      await page.goto(`/studio/makers/${makerId}`)
      await page.getByRole("button", { name: MAKERS.consentCard.ask }).click()
      await expect(makerPage.statementHeading(MAKERS.consent.statement.heading)).toBeVisible()
      const statementLanguage = page.getByRole("group", { name: MAKERS.consent.language })
      await statementLanguage.getByRole("button", { name: "English" }).click()
      await expect(makerPage.statementHeading(STUDIO_MAKERS_EN.consent.statement.heading)).toBeVisible()
      await statementLanguage.getByRole("button", { name: "ខ្មែរ" }).click()
      await expect(makerPage.statementHeading(MAKERS.consent.statement.heading)).toBeVisible()
      await page.getByRole("button", { name: MAKERS.consent.record }).click()
      await expect(page.getByRole("alert")).toHaveText(MAKERS.consent.tickFirst)
      await page.getByLabel(filled(MAKERS.consent.heardAndAgrees, { name: fullName })).check()
      await page.getByRole("button", { name: MAKERS.consent.record }).click()
      await expect(page.getByText(filled(MAKERS.done.consent, { name: fullName }))).toBeVisible()
      await expect(page.getByText(filled(MAKERS.consentCard.public, { name: fullName }))).toBeVisible()
      await page.screenshot({ path: test.info().outputPath("maker-km-360.png"), fullPage: true })
      expect(await severeAxeViolations(page)).toEqual([])

      const me = await studioApi.me()
      const consented = await studioApi.maker(makerId)
      expect(consented.maker).toMatchObject({
        public_profile_consent: true,
        consent_recorded_by: me.member.id,
        consent_language: "km",
      })
      const handle = consented.public_maker?.handle as string
      expect(handle).toMatch(/^bopha-test/)
      await expect.poll(() => studioApi.storeMakerStatus(handle), { timeout: 20_000 }).toBe(200)
      await expect(async () => {
        await productPage.goto(listing.handle, "?lang=en")
        await expect(productPage.makerLink(fullName)).toBeVisible({ timeout: 2_000 })
      }).toPass({ timeout: 30_000 })

      // Withdrawn: the maker's page is gone from the store at once.
      await page.goto(`/studio/makers/${makerId}`)
      await page.getByRole("button", { name: MAKERS.consentCard.withdraw }).click()
      await page.getByRole("button", { name: MAKERS.withdraw.yes }).click()
      await expect(page.getByText(filled(MAKERS.done.withdrawn, { name: fullName }))).toBeVisible()
      await expect.poll(() => studioApi.storeMakerStatus(handle), { timeout: 20_000 }).toBe(404)

      // Retired, in words, so the demo group's makers are left as they were.
      await page.getByRole("button", { name: filled(MAKERS.retire.button, { name: fullName }) }).click()
      await page.getByRole("button", { name: MAKERS.retire.yes }).click()
      await expect(page.getByText(filled(MAKERS.done.retired, { name: fullName }))).toBeVisible()
      expect((await studioApi.maker(makerId)).maker.retired_at).not.toBeNull()
    } finally {
      await producerApi.deleteProduct(listing.id)
      if (!(await studioApi.maker(makerId)).maker.retired_at) await studioApi.retireMaker(makerId)
    }
  })

  test("earnings show the balance, and a month's statement downloads as CSV and prints", async ({
    page,
    request,
    producerApi,
    storeApi,
  }) => {
    const studioApi = new StudioWorkApi(request, PRODUCER)
    const title = `E2E statement scarf ${Date.now()}`
    await withBoughtListing({ producerApi, storeApi, studioApi }, title, async ({ order }) => {
      await eventually(
        async () => (await studioApi.ledger()).entries.some((entry) => entry.order_id === order.id && entry.type === "commission"),
        "the sale's ledger entries"
      )
      const { balances } = await studioApi.ledger()
      const usd = balances.find((balance) => balance.currency_code === "usd")?.balance ?? 0

      await logIn(page)
      await page.goto("/studio/earnings")
      // As the studio writes it: CLDR's Khmer pattern, which Chromium's own Intl data does not follow.
      const expected = formatMoney(usd, "usd", "km")
      const balanceCard = page.locator("section").filter({ has: page.getByRole("heading", { name: EARNINGS.balanceTitle }) })
      await expect(balanceCard).toContainText(expected)
      await expect(page.getByText(filled(EARNINGS.orderNumber, { number: order.display_id })).first()).toBeVisible()
      await expect(page.getByText(EARNINGS.kind.commission).first()).toBeVisible()
      await page.screenshot({ path: test.info().outputPath("earnings-km-360.png"), fullPage: true })
      expect(await severeAxeViolations(page)).toEqual([])

      // This month's statement as CSV: a BOM for Khmer, Khmer headings, the sale with its order number.
      const month = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 7)
      const [download] = await Promise.all([
        page.waitForEvent("download"),
        page.getByRole("button", { name: EARNINGS.downloadCsv }).click(),
      ])
      expect(download.suggestedFilename()).toBe(`sipakam-statement-${PRODUCER_GROUP_HANDLE}-${month}.csv`)
      const csv = await readFile(await download.path(), "utf8")
      expect(csv.startsWith("\uFEFF")).toBe(true)
      const rows = csv.slice(1).trimEnd().split("\r\n")
      const columns = EARNINGS.csv
      expect(rows[0]).toBe(
        [columns.date, columns.type, columns.order, columns.description, columns.quantity, columns.amount, columns.currency, columns.balance].join(",")
      )
      const saleRow = rows.find((row) => row.includes(`,${EARNINGS.kind.sale},${order.display_id},`))
      expect(saleRow).toContain(",25.00,USD,")
      expect(rows.some((row) => row.includes(`,${EARNINGS.kind.commission},${order.display_id},`))).toBe(true)
      const usdRows = rows.filter((row) => row.includes(",USD,"))
      expect(usdRows[0]).toContain(`,${EARNINGS.statement.opening},`)
      const closing = usdRows[usdRows.length - 1] as string
      expect(closing).toContain(`,${EARNINGS.statement.closing},`)
      expect(closing.endsWith(`,USD,${(usd / 100).toFixed(2)}`)).toBe(true)
      await expect(page.getByRole("status").filter({ hasText: `sipakam-statement-${PRODUCER_GROUP_HANDLE}-${month}.csv` })).toBeVisible()

      // The printable statement: printing shows the statement alone.
      await page.getByRole("link", { name: EARNINGS.openPrintable }).click()
      await expect(page).toHaveURL(new RegExp(`/studio/earnings/statement/${month}$`))
      const printButton = page.getByRole("button", { name: EARNINGS.statement.print })
      await expect(printButton).toBeVisible()
      await expect(page.locator("#root").getByRole("heading", { level: 1 })).toContainText("របាយការណ៍ខែ")
      await expect(page.locator("#root")).toContainText(String(order.display_id))
      await page.screenshot({ path: test.info().outputPath("statement-km-360.png"), fullPage: true })
      expect(await severeAxeViolations(page)).toEqual([])
      await page.evaluate(() => {
        window.print = () => document.body.setAttribute("data-printed", "yes")
      })
      await printButton.click()
      await expect(page.locator("body")).toHaveAttribute("data-printed", "yes")
      await page.emulateMedia({ media: "print" })
      await expect(page.locator("#root")).toBeHidden()
      await expect(page.locator("body > div:not(#root) article h1")).toContainText("របាយការណ៍ខែ")
      await page.screenshot({ path: test.info().outputPath("statement-print-km-360.png"), fullPage: true })
      await page.emulateMedia({ media: "screen" })
    })
  })

  test("a new group's coordinator writes the story in Khmer and saves how the group is paid", async ({
    page,
    request,
    adminApi,
  }) => {
    const stamp = Date.now()
    const group = await adminApi.createGroup({ handle: `e2e-profile-${stamp}`, name: `Profile Test Weavers ${stamp}`, province: "takeo" })
    const account = { email: uniqueEmail("profile"), password: "a-good-password" }
    const code = await adminApi.inviteCoordinator(group.id, account.email)
    const studio = new StudioAccessPage(page)
    await studio.join(code, account, "Sokha")
    await page.waitForURL(/\/studio\/?$/)
    const studioApi = new StudioWorkApi(request, account)

    await page.goto("/studio/profile")
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(PROFILE.title)
    await expect(page.getByText(PROFILE.payout.none)).toBeVisible()
    await page.screenshot({ path: test.info().outputPath("profile-km-360.png"), fullPage: true })
    expect(await severeAxeViolations(page)).toEqual([])

    const storyKm = "ក្រុមត្បាញរបស់យើងនៅខេត្តតាកែវ ត្បាញសូត្រហូលតាមរបៀបដូនតា។"
    await page.getByLabel(PROFILE.story.khmer, { exact: true }).fill(storyKm)
    await page.getByLabel(PROFILE.story.english, { exact: true }).fill("Our weavers in Takeo weave hol silk as their grandmothers did.")
    const storyCard = page.locator("form").filter({ has: page.getByRole("heading", { name: PROFILE.story.title }) })
    await storyCard.getByRole("button", { name: PROFILE.story.save }).click()
    await expect(storyCard.getByRole("status")).toHaveText(PROFILE.saved)
    expect((await studioApi.me()).group).toMatchObject({ story_km: storyKm })

    // ABA: a short account number is refused in words before anything is sent, then corrected.
    const payoutCard = page.locator("form").filter({ has: page.getByRole("heading", { name: PROFILE.payout.title }) })
    await payoutCard.getByRole("radio", { name: PROFILE.payout.methods.aba.name }).check()
    await payoutCard.getByLabel(PROFILE.payout.fields.account_name, { exact: true }).fill("Profile Test Weavers")
    await payoutCard.getByLabel(PROFILE.payout.fields.account_number, { exact: true }).fill("12345")
    await payoutCard.getByRole("button", { name: PROFILE.payout.save }).click()
    await expect(payoutCard.getByText(PROFILE.errors.abaAccountNumber)).toBeVisible()
    await payoutCard.getByLabel(PROFILE.payout.fields.account_number, { exact: true }).fill("001 234 567")
    await payoutCard.getByRole("button", { name: PROFILE.payout.save }).click()
    await expect(payoutCard.getByRole("status")).toHaveText(PROFILE.saved)
    await expect(payoutCard.getByText(filled(PROFILE.payout.now, { method: PROFILE.payout.methods.aba.name }))).toBeVisible()
    await page.screenshot({ path: test.info().outputPath("profile-payout-saved-km-360.png"), fullPage: true })
    expect((await studioApi.me()).group.account).toMatchObject({
      payout_method: "aba",
      payout_details: { account_name: "Profile Test Weavers", account_number: "001 234 567" },
    })

    // Kept after a reload: what is saved shows, nothing is left over as unsaved.
    await page.reload()
    await expect(page.getByText(filled(PROFILE.payout.now, { method: PROFILE.payout.methods.aba.name }))).toBeVisible()
    await expect(page.getByText(PROFILE.kept)).toHaveCount(0)
  })
})
