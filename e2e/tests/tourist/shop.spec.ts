import { expect, test } from "../../fixtures"

// A formatted price, e.g. "$48.00".
const PRICE = /^\$\d[\d,]*\.\d{2}$/
const EURO_PRICE = /^€\d[\d,]*\.\d{2}$/

test.describe("shop search", () => {
  test("forgives a typo, and a filter narrows the results", async ({ shopPage }) => {
    await shopPage.goto()

    const typoAnswer = shopPage.nextSearchAnswer('"q":"silck"')
    await shopPage.search("silck")
    await expect(shopPage.page).toHaveURL(/[?&]q=silck\b/)
    // The answer to the whole word: silk pieces, and the cards show them (not the answer to "silc").
    const typoHits = await typoAnswer
    expect(typoHits.length).toBeGreaterThan(0)
    expect(typoHits.filter((hit) => !hit.document.materials.includes("silk") && !/silk/i.test(hit.document.title))).toEqual([])
    await expect(shopPage.card(0).title).toHaveText(typoHits[0]?.document.title ?? "")
    const typoResults = await shopPage.resultTotal()
    expect(typoResults).toBeGreaterThan(0)

    await shopPage.refine("Craft", "Hol silk (weft ikat)")

    await expect(shopPage.page).toHaveURL(/craft=hol-silk/)
    await expect.poll(() => shopPage.resultTotal()).toBeLessThan(typoResults)
    expect(await shopPage.resultTotal()).toBeGreaterThan(0)
    await expect(shopPage.card(0).title).toHaveText(/\S/)
    await expect(shopPage.card(0).price).toHaveText(PRICE)
  })

  test("names producer groups in their filter, which narrows to the group's crafts", async ({ shopPage }) => {
    await shopPage.goto("?q=Takeo")
    const takeoResults = await shopPage.resultTotal()

    const groupAnswer = shopPage.nextSearchAnswer("prey-kabbas-silk-weavers")
    await shopPage.refine("Producer group", "Prey Kabbas Silk Weavers")

    await expect(shopPage.page).toHaveURL(/group=prey-kabbas-silk-weavers/)
    const hits = await groupAnswer
    expect(hits.length).toBeGreaterThan(0)
    expect(hits.filter((hit) => hit.document.producer_group !== "prey-kabbas-silk-weavers")).toEqual([])
    // The cards are that answer's, every one of them.
    await expect(shopPage.cards.getByRole("heading", { level: 3 })).toHaveText(hits.map((hit) => hit.document.title))
    await expect.poll(() => shopPage.resultTotal()).toBeLessThanOrEqual(takeoResults)
    expect(await shopPage.resultTotal()).toBeGreaterThan(0)
  })

  test("a visit that starts here asks for the shop's code before the app has run", async ({ shopPage }) => {
    await shopPage.gotoWithoutApp("/shop")

    expect(await shopPage.preloadedScripts()).toContainEqual(expect.stringMatching(/^\/assets\/shop-[\w-]+\.js$/))
  })

  test("connects to the backend while the app starts, for the photos it serves", async ({ shopPage }) => {
    await shopPage.goto()

    const backendOrigin = await shopPage.configuredBackendOrigin()
    expect(await shopPage.preconnects()).toContainEqual({ origin: backendOrigin, crossOrigin: null })
    const photoUrl = (await shopPage.card(0).image.getAttribute("src")) ?? ""
    expect(new URL(photoUrl).origin).toBe(backendOrigin)
  })

  test("shows each card's photo in a size the backend made for the screen", async ({ shopPage }) => {
    await shopPage.goto()

    await expect.poll(async () => (await shopPage.card(0).photoShown()).naturalWidth).toBeGreaterThan(0)
    const { url, naturalWidth } = await shopPage.card(0).photoShown()
    expect(url).toMatch(/\/images\/[^/?]+\.webp\?w=(240|360|720|1200)$/)
    expect(naturalWidth).toBeLessThanOrEqual(Number(new URL(url).searchParams.get("w")))
  })

  test("asks the store API on its own origin, whose server forwards it to the backend", async ({ shopPage }) => {
    const searchUrl = await shopPage.gotoCatchingSearchRequest()

    expect(new URL(searchUrl).origin).toBe(new URL(shopPage.page.url()).origin)
    await expect(shopPage.card(0).price).toHaveText(PRICE)
  })

  test("searches without waiting for the shopper's region, and shows prices once it is known", async ({ shopPage }) => {
    await shopPage.gotoSearchingBeforeRegions()

    await expect(shopPage.card(0).price).toHaveText(PRICE)
  })

  test("shows prices in euros to a shopper whose region is Europe", async ({ shopPage, storeApi }) => {
    await shopPage.rememberRegion(await storeApi.regionIdOfCountry("fr"))
    await shopPage.goto()

    await expect(shopPage.card(0).price).toHaveText(EURO_PRICE)
  })

  test("opens a shared search link with its query and filters in place", async ({ shopPage }) => {
    await shopPage.goto("?q=silk&craft=hol-silk")

    await expect(shopPage.searchBox).toHaveValue("silk")
    if (await shopPage.filtersButton.isVisible()) await shopPage.openFilters()
    await expect(shopPage.facetValue("Craft", "Hol silk (weft ikat)")).toBeChecked()
    expect(await shopPage.resultTotal()).toBeGreaterThan(0)
  })

  test("says so when nothing matches", async ({ shopPage }) => {
    await shopPage.goto("?q=qqqxxzzqqq")

    await expect(shopPage.page.getByText("No crafts match your search")).toBeVisible()
    await expect(shopPage.resultCount).toHaveText("0 crafts")
  })

  test.describe("on a phone", () => {
    test.use({ viewport: { width: 390, height: 844 } })

    test("shows the filters in a dialog that Escape closes, giving focus back", async ({ shopPage }) => {
      await shopPage.goto()

      await shopPage.openFilters()
      await expect(shopPage.filtersDialog).toBeVisible()
      await expect(shopPage.filtersDialog).toHaveAccessibleName("Filters")
      await expect(shopPage.filtersDialog.getByRole("button", { name: "Close filters" })).toBeFocused()

      await shopPage.page.keyboard.press("Escape")

      await expect(shopPage.filtersDialog).toBeHidden()
      await expect(shopPage.filtersButton).toBeFocused()
    })

    test("shows results without waiting for the filters' choices, which load when the filters open", async ({ shopPage }) => {
      const searches: { facets?: unknown[] }[] = []
      shopPage.page.on("request", (request) => {
        if (request.method() === "POST" && new URL(request.url()).pathname === "/store/search") {
          const body = request.postDataJSON() as { queries?: { search_options?: { facets?: unknown[] } }[] }
          searches.push(...(body.queries ?? []).map((query) => ({ facets: query.search_options?.facets })))
        }
      })
      await shopPage.goto("?q=silk")
      const allSilk = await shopPage.resultTotal()

      // A shared link's filter applies though its choices are not loaded yet.
      await shopPage.goto("?q=silk&craft=hol-silk")
      await expect.poll(() => shopPage.resultTotal()).toBeLessThan(allSilk)
      expect(searches.length).toBeGreaterThan(0)
      expect(searches.every((search) => !search.facets?.length)).toBe(true)

      await shopPage.openFilters()

      await expect(shopPage.facetValue("Craft", "Hol silk (weft ikat)")).toBeChecked()
      await expect(shopPage.facet("Province").getByRole("checkbox").first()).toBeVisible()
      expect(searches.some((search) => (search.facets?.length ?? 0) > 0)).toBe(true)
    })
  })
})
