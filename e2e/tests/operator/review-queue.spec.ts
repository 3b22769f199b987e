import { minimalListing, type ProducerProductType } from "../../api/producer-api"
import { expect, operatorTest } from "../../fixtures"
import { PRODUCER_GROUP_HANDLE } from "../../stack"

const STORE_TIMEOUT = 20_000

/**
 * A new listing of the demo producer's group, waiting for review: the group is trusted in the
 * seed, so it is made untrusted while the listing is created and trusted again after. The
 * listing is deleted at the end, so the store is left as the test found it.
 */
const test = operatorTest.extend<{ listingAwaitingReview: ProducerProductType }>({
  listingAwaitingReview: async ({ adminApi, producerApi }, use) => {
    const group = await adminApi.groupByHandle(PRODUCER_GROUP_HANDLE)
    await adminApi.updateGroup(group.id, { trusted: false })
    let listing: ProducerProductType
    try {
      listing = await producerApi.createProduct(minimalListing(`Review scarf ${Date.now()}`))
    } finally {
      await adminApi.updateGroup(group.id, { trusted: group.trusted })
    }
    await use(listing)
    await producerApi.deleteProduct(listing.id)
  },
})

test.describe("review queue", () => {
  test("approving a listing publishes it in the store", async ({
    listingAwaitingReview: listing,
    reviewQueuePage,
    storeApi,
  }) => {
    expect(listing.status).toBe("proposed")
    expect(await storeApi.productIdsOfGroup(PRODUCER_GROUP_HANDLE)).not.toContain(listing.id)
    await reviewQueuePage.goto()
    await expect(reviewQueuePage.row(listing.title).group).toHaveText("Prey Kabbas Silk Weavers")

    await reviewQueuePage.approve(listing.title)

    await expect(reviewQueuePage.row(listing.title).root).toHaveCount(0)
    await expect
      .poll(() => storeApi.productIdsOfGroup(PRODUCER_GROUP_HANDLE), { timeout: STORE_TIMEOUT })
      .toContain(listing.id)
  })

  test("rejecting a listing with a reason sends it back to its group", async ({
    listingAwaitingReview: listing,
    reviewQueuePage,
    producerApi,
    storeApi,
  }) => {
    const reason = "Please add photos of the whole scarf and of its border."
    await reviewQueuePage.goto()
    await expect(reviewQueuePage.row(listing.title).title).toBeVisible()

    await reviewQueuePage.reject(listing.title, reason)

    await expect(reviewQueuePage.row(listing.title).root).toHaveCount(0)
    await expect.poll(async () => (await producerApi.product(listing.id)).status).toBe("rejected")
    expect((await producerApi.product(listing.id)).review_rejection_reason).toBe(reason)
    expect(await storeApi.productIdsOfGroup(PRODUCER_GROUP_HANDLE)).not.toContain(listing.id)
  })
})
