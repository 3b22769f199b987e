import { defineRouteConfig } from "@medusajs/admin-sdk"
import { CheckCircle } from "@medusajs/icons"
import { Container, Heading, Table, Text } from "@medusajs/ui"
import { useState } from "react"
import { ProductReviewRow, type ProductReviewType } from "../../components/product-review-row"
import { useAdminResource } from "../../lib/use-admin-resource"

const PAGE_SIZE = 20

/** Listings of groups under review, oldest first: the operator publishes or sends them back. */
const ProductReviewsPage = () => {
  const [page, setPage] = useState(0)
  const { data, error, isLoading, reload } = useAdminResource<{ products: ProductReviewType[]; count: number }>(
    `/admin/product-reviews?limit=${PAGE_SIZE}&offset=${page * PAGE_SIZE}`
  )
  const count = data?.count ?? 0
  const pageCount = Math.max(1, Math.ceil(count / PAGE_SIZE))

  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading>Review queue</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          New listings of groups under review wait here until you publish them or send them back.
        </Text>
      </div>
      {error && (
        <Text className="px-6 py-4 text-ui-fg-error" role="alert">
          {error.message}
        </Text>
      )}
      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>
              <span className="sr-only">Photo</span>
            </Table.HeaderCell>
            <Table.HeaderCell>Listing</Table.HeaderCell>
            <Table.HeaderCell>Group</Table.HeaderCell>
            <Table.HeaderCell>Price</Table.HeaderCell>
            <Table.HeaderCell>Decision</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {(data?.products ?? []).map((product) => (
            <ProductReviewRow key={product.id} product={product} onDecided={reload} />
          ))}
        </Table.Body>
      </Table>
      {!isLoading && count === 0 && (
        <Text className="px-6 py-8 text-center text-ui-fg-subtle">Nothing waits for review.</Text>
      )}
      <Table.Pagination
        count={count}
        pageSize={PAGE_SIZE}
        pageIndex={page}
        pageCount={pageCount}
        canPreviousPage={page > 0}
        canNextPage={page + 1 < pageCount}
        previousPage={() => setPage((value) => Math.max(0, value - 1))}
        nextPage={() => setPage((value) => value + 1)}
      />
    </Container>
  )
}

export const config = defineRouteConfig({ label: "Review queue", icon: CheckCircle })

export default ProductReviewsPage
