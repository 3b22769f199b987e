import { Container, Heading, Text } from "@medusajs/ui"
import { labelOf, PROVINCES } from "@sipakam/shared"
import { Link, useParams } from "react-router-dom"
import { GroupStatusBadge } from "../../../components/group-status-badge"
import { ProducerMakersSection } from "../../../components/producer-makers-section"
import { ProducerMembersSection } from "../../../components/producer-members-section"
import { ProducerPayoutsSection } from "../../../components/producer-payouts-section"
import { ProducerProfileSection } from "../../../components/producer-profile-section"
import { ProducerStatusActions } from "../../../components/producer-status-actions"
import type { ProducerGroupDetailType } from "../../../lib/producer-types"
import { useAdminResource } from "../../../lib/use-admin-resource"

/** One producer group as the operator runs it: status, profile, people and money. */
const ProducerDetailPage = () => {
  const { id } = useParams()
  const { data, error, reload } = useAdminResource<{ producer_group: ProducerGroupDetailType }>(
    id ? `/admin/producers/${id}` : null
  )
  const group = data?.producer_group

  if (error) {
    return (
      <Container>
        <Text className="text-ui-fg-error" role="alert">
          {error.message}
        </Text>
        <Link to="/producers" className="txt-compact-small">
          Back to producer groups
        </Link>
      </Container>
    )
  }
  if (!group) {
    return (
      <Container>
        <Text className="text-ui-fg-subtle">Loading…</Text>
      </Container>
    )
  }
  return (
    <div className="flex flex-col gap-y-3">
      <Container className="flex flex-wrap items-start justify-between gap-4">
        <div className="flex flex-col gap-y-1">
          <Link to="/producers" className="txt-compact-small text-ui-fg-subtle">
            ← Producer groups
          </Link>
          <div className="flex items-center gap-x-3">
            <Heading>{group.name}</Heading>
            <GroupStatusBadge status={group.status} />
          </div>
          <Text size="small" className="text-ui-fg-subtle">
            {group.handle} · {[group.village, labelOf(PROVINCES, group.province) ?? group.province].filter(Boolean).join(", ")} ·{" "}
            {group.products_count} products · {group.makers_count} makers
          </Text>
        </div>
        <ProducerStatusActions group={group} onChanged={reload} />
      </Container>
      <ProducerProfileSection group={group} onSaved={reload} />
      <ProducerMembersSection group={group} onInvited={reload} />
      <ProducerMakersSection group={group} />
      <ProducerPayoutsSection groupId={group.id} defaultMethod={group.account?.payout_method} />
    </div>
  )
}

export default ProducerDetailPage
