/** The relation fields that `withGroupCounts` counts; add them to a producer_group query. */
export const GROUP_COUNT_FIELDS = ["products.id", "makers.id", "makers.retired_at"]

type GroupWithCountFieldsType = {
  products?: ({ id: string } | null)[] | null
  makers?: ({ id: string; retired_at?: Date | string | null } | null)[] | null
}

/**
 * Replaces a group's counted relations by their counts: all its products (whatever their
 * status) and its current makers (not retired). Keeps `makers` when the caller asked for it.
 */
export function withGroupCounts<T extends GroupWithCountFieldsType>(
  group: T,
  options: { keepMakers?: boolean } = {}
) {
  const { products, makers, ...rest } = group
  const current = (makers ?? []).filter((maker) => maker && !maker.retired_at)
  return {
    ...rest,
    ...(options.keepMakers ? { makers } : {}),
    products_count: (products ?? []).filter(Boolean).length,
    makers_count: current.length,
  }
}
