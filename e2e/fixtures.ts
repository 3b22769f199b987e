import { test as base } from "@playwright/test"
import { HomePage } from "./pages/home-page"

type PageObjectsType = {
  homePage: HomePage
}

/** Tests get page objects from here; page objects hold locators and actions, tests the expects. */
export const test = base.extend<PageObjectsType>({
  homePage: async ({ page }, use) => {
    await use(new HomePage(page))
  },
})

export { expect } from "@playwright/test"
