import { StatusBadge } from "@medusajs/ui"
import type { ProducerGroupStatusType } from "../lib/producer-types"

const COLORS = { active: "green", pending: "orange", suspended: "red" } as const
const LABELS = { active: "Active", pending: "Pending approval", suspended: "Suspended" } as const

export function GroupStatusBadge({ status }: { status: ProducerGroupStatusType }) {
  return <StatusBadge color={COLORS[status]}>{LABELS[status]}</StatusBadge>
}
