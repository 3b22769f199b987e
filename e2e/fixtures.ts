import { test as base, type BrowserContext } from "@playwright/test"
import { AdminApi } from "./api/admin-api"
import { ProducerApi } from "./api/producer-api"
import { StoreApi } from "./api/store-api"
import { AdminLoginPage } from "./pages/admin-login-page"
import { AdminProducerPage } from "./pages/admin-producer-page"
import { AdminProducersPage } from "./pages/admin-producers-page"
import { AdminReviewQueuePage } from "./pages/admin-review-queue-page"
import { AccountPage } from "./pages/account-page"
import { CartPage } from "./pages/cart-page"
import { CheckoutPage } from "./pages/checkout-page"
import { HomePage } from "./pages/home-page"
import { ImpactPage } from "./pages/impact-page"
import { MakerPage } from "./pages/maker-page"
import { OrderConfirmationPage } from "./pages/order-confirmation-page"
import { OrderDetailPage } from "./pages/order-detail-page"
import { ProducerGroupPage } from "./pages/producer-group-page"
import { ProductPage } from "./pages/product-page"
import { ShopPage } from "./pages/shop-page"
import { OPERATOR, PRODUCER } from "./stack"

type PageObjectsType = {
  homePage: HomePage
  shopPage: ShopPage
  productPage: ProductPage
  cartPage: CartPage
  checkoutPage: CheckoutPage
  confirmationPage: OrderConfirmationPage
  accountPage: AccountPage
  orderDetailPage: OrderDetailPage
  makerPage: MakerPage
  groupPage: ProducerGroupPage
  impactPage: ImpactPage
  adminLoginPage: AdminLoginPage
  producersPage: AdminProducersPage
  producerPage: AdminProducerPage
  reviewQueuePage: AdminReviewQueuePage
}

/** The APIs, for a test's setup and cleanup and for checking what a page did. */
type ApiClientsType = {
  storeApi: StoreApi
  adminApi: AdminApi
  /** The producer API as the coordinator of Prey Kabbas Silk Weavers. */
  producerApi: ProducerApi
}

type StorageStateType = Awaited<ReturnType<BrowserContext["storageState"]>>

/** Tests get page objects from here; page objects hold locators and actions, tests the expects. */
export const test = base.extend<PageObjectsType & ApiClientsType>({
  homePage: async ({ page }, use) => {
    await use(new HomePage(page))
  },
  shopPage: async ({ page }, use) => {
    await use(new ShopPage(page))
  },
  productPage: async ({ page }, use) => {
    await use(new ProductPage(page))
  },
  cartPage: async ({ page }, use) => {
    await use(new CartPage(page))
  },
  checkoutPage: async ({ page }, use) => {
    await use(new CheckoutPage(page))
  },
  confirmationPage: async ({ page }, use) => {
    await use(new OrderConfirmationPage(page))
  },
  accountPage: async ({ page }, use) => {
    await use(new AccountPage(page))
  },
  orderDetailPage: async ({ page }, use) => {
    await use(new OrderDetailPage(page))
  },
  makerPage: async ({ page }, use) => {
    await use(new MakerPage(page))
  },
  groupPage: async ({ page }, use) => {
    await use(new ProducerGroupPage(page))
  },
  impactPage: async ({ page }, use) => {
    await use(new ImpactPage(page))
  },
  adminLoginPage: async ({ page }, use) => {
    await use(new AdminLoginPage(page))
  },
  producersPage: async ({ page }, use) => {
    await use(new AdminProducersPage(page))
  },
  producerPage: async ({ page }, use) => {
    await use(new AdminProducerPage(page))
  },
  reviewQueuePage: async ({ page }, use) => {
    await use(new AdminReviewQueuePage(page))
  },
  storeApi: async ({ request }, use) => {
    await use(new StoreApi(request))
  },
  adminApi: async ({ request }, use) => {
    await use(new AdminApi(request))
  },
  producerApi: async ({ request }, use) => {
    await use(new ProducerApi(request, PRODUCER))
  },
})

/**
 * The same fixtures in a browser already signed in to Medusa's admin as the operator: the
 * login form is filled once per worker and its session cookie reused by every test.
 */
export const operatorTest = test.extend<object, { operatorStorageState: StorageStateType }>({
  storageState: async ({ operatorStorageState }, use) => {
    await use(operatorStorageState)
  },
  operatorStorageState: [
    async ({ browser }, use) => {
      const context = await browser.newContext()
      const loginPage = new AdminLoginPage(await context.newPage())
      await loginPage.goto()
      await loginPage.logIn(OPERATOR)
      const state = await context.storageState()
      await context.close()
      await use(state)
    },
    { scope: "worker" },
  ],
})

export { expect } from "@playwright/test"
