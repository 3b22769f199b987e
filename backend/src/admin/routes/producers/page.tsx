import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Buildings } from "@medusajs/icons"
import { Container, Heading, Input, Select, Table, Text } from "@medusajs/ui"
import { labelOf, PROVINCES } from "@sipakam/shared"
import { useState } from "react"
import { Link, useNavigate } from "react-router-dom"
import { CreateProducerGroupDrawer } from "../../components/create-producer-group-drawer"
import { GroupStatusBadge } from "../../components/group-status-badge"
import { bpsToPercent } from "../../lib/percent-to-bps"
import type { ProducerGroupType } from "../../lib/producer-types"
import { useAdminResource } from "../../lib/use-admin-resource"

const PAGE_SIZE = 20
const ALL_STATUSES = "all"

type ListAnswerType = { producer_groups: ProducerGroupType[]; count: number }

/** The operator's list of producer groups: filter by status, search by name, open or create one. */
const ProducersPage = () => {
  const navigate = useNavigate()
  const [status, setStatus] = useState(ALL_STATUSES)
  const [search, setSearch] = useState("")
  const [page, setPage] = useState(0)

  const params = new URLSearchParams({ limit: String(PAGE_SIZE), offset: String(page * PAGE_SIZE) })
  if (status !== ALL_STATUSES) {
    params.set("status", status)
  }
  if (search.trim()) {
    params.set("q", search.trim())
  }
  const { data, error, isLoading } = useAdminResource<ListAnswerType>(`/admin/producers?${params}`)
  const count = data?.count ?? 0
  const pageCount = Math.max(1, Math.ceil(count / PAGE_SIZE))

  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <div>
          <Heading>Producer groups</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            Approve groups, set their commission and follow their listings and payouts.
          </Text>
        </div>
        <CreateProducerGroupDrawer onCreated={(group) => navigate(`/producers/${group.id}`)} />
      </div>
      <div className="flex flex-wrap items-center gap-3 px-6 py-4">
        <div className="w-48">
          <Select
            value={status}
            onValueChange={(value) => {
              setStatus(value)
              setPage(0)
            }}
          >
            <Select.Trigger aria-label="Status">
              <Select.Value />
            </Select.Trigger>
            <Select.Content>
              <Select.Item value={ALL_STATUSES}>All statuses</Select.Item>
              <Select.Item value="pending">Pending approval</Select.Item>
              <Select.Item value="active">Active</Select.Item>
              <Select.Item value="suspended">Suspended</Select.Item>
            </Select.Content>
          </Select>
        </div>
        <Input
          type="text"
          size="small"
          aria-label="Search groups by name"
          placeholder="Search by name"
          value={search}
          onChange={(event) => {
            setSearch(event.target.value)
            setPage(0)
          }}
          className="w-64"
        />
      </div>
      {error && (
        <Text className="px-6 py-4 text-ui-fg-error" role="alert">
          {error.message}
        </Text>
      )}
      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>Name</Table.HeaderCell>
            <Table.HeaderCell>Province</Table.HeaderCell>
            <Table.HeaderCell>Status</Table.HeaderCell>
            <Table.HeaderCell>Review</Table.HeaderCell>
            <Table.HeaderCell className="text-right">Commission</Table.HeaderCell>
            <Table.HeaderCell className="text-right">Products</Table.HeaderCell>
            <Table.HeaderCell className="text-right">Makers</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {(data?.producer_groups ?? []).map((group) => (
            <Table.Row key={group.id} className="cursor-pointer" onClick={() => navigate(`/producers/${group.id}`)}>
              <Table.Cell>
                <Link to={`/producers/${group.id}`} className="txt-compact-small-plus" onClick={(e) => e.stopPropagation()}>
                  {group.name}
                </Link>
                <div className="txt-small text-ui-fg-subtle">{group.handle}</div>
              </Table.Cell>
              <Table.Cell>{labelOf(PROVINCES, group.province) ?? group.province}</Table.Cell>
              <Table.Cell>
                <GroupStatusBadge status={group.status} />
              </Table.Cell>
              <Table.Cell>{group.trusted ? "Trusted" : "Listings reviewed"}</Table.Cell>
              <Table.Cell className="text-right">{bpsToPercent(group.commission_rate_bps)}%</Table.Cell>
              <Table.Cell className="text-right">{group.products_count}</Table.Cell>
              <Table.Cell className="text-right">{group.makers_count}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
      {!isLoading && count === 0 && (
        <Text className="px-6 py-8 text-center text-ui-fg-subtle">No producer group matches.</Text>
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

export const config = defineRouteConfig({ label: "Producers", icon: Buildings })

export default ProducersPage
