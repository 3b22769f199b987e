import { Badge, Button, Input, Table, Text, toast } from "@medusajs/ui"
import { CRAFTS, formatMoney, labelOf, PROVINCES } from "@sipakam/shared"
import { useState, type FormEvent } from "react"
import { Link } from "react-router-dom"
import { adminRequest } from "../lib/admin-request"

/** A listing waiting for review, as `GET /admin/product-reviews` answers (prices in minor units). */
export type ProductReviewType = {
  id: string
  title: string
  handle: string
  description: string | null
  thumbnail: string | null
  images: string[]
  created_at: string
  variants: { id: string; title: string; prices: { currency_code: string; amount: number }[] }[]
  producer_group: { id: string; name: string; handle: string; trusted: boolean } | null
  heritage_profile: { craft: string; province: string } | null
  makers: { id: string; display_name: string }[] | null
}

function priceRange(product: ProductReviewType): string {
  const byCurrency = new Map<string, number[]>()
  for (const price of product.variants.flatMap((variant) => variant.prices)) {
    byCurrency.set(price.currency_code, [...(byCurrency.get(price.currency_code) ?? []), price.amount])
  }
  return [...byCurrency.entries()]
    .map(([currency, amounts]) => {
      const low = Math.min(...amounts)
      const high = Math.max(...amounts)
      const format = (amount: number) => formatMoney(amount, currency, "en")
      return low === high ? format(low) : `${format(low)}–${format(high)}`
    })
    .join(" · ")
}

/** One listing with its approve and reject (with a reason for the group) actions. */
export function ProductReviewRow(props: { product: ProductReviewType; onDecided: () => void }) {
  const { product } = props
  const [rejecting, setRejecting] = useState(false)
  const [reason, setReason] = useState("")
  const [busy, setBusy] = useState(false)

  const decide = async (action: "approve" | "reject", body: object) => {
    setBusy(true)
    try {
      await adminRequest(`/admin/product-reviews/${product.id}/${action}`, { method: "POST", body })
      toast.success(action === "approve" ? `${product.title} is published` : `${product.title} was sent back`)
      props.onDecided()
    } catch (error) {
      toast.error((error as Error).message)
    } finally {
      setBusy(false)
    }
  }
  const reject = (event: FormEvent) => {
    event.preventDefault()
    void decide("reject", { reason: reason.trim() })
  }

  return (
    <Table.Row>
      <Table.Cell className="w-16">
        {product.thumbnail && (
          <img src={product.thumbnail} alt="" className="h-12 w-12 rounded object-cover" />
        )}
      </Table.Cell>
      <Table.Cell>
        <Link to={`/products/${product.id}`} className="txt-compact-small-plus">
          {product.title}
        </Link>
        <Text size="small" className="text-ui-fg-subtle">
          {product.heritage_profile
            ? `${labelOf(CRAFTS, product.heritage_profile.craft) ?? product.heritage_profile.craft}, ${
                labelOf(PROVINCES, product.heritage_profile.province) ?? product.heritage_profile.province
              }`
            : "No heritage profile"}
          {product.makers?.length ? ` · by ${product.makers.map((maker) => maker.display_name).join(", ")}` : ""}
        </Text>
      </Table.Cell>
      <Table.Cell>
        {product.producer_group ? (
          <Link to={`/producers/${product.producer_group.id}`}>{product.producer_group.name}</Link>
        ) : (
          <Badge color="red">No group</Badge>
        )}
      </Table.Cell>
      <Table.Cell>{priceRange(product) || "—"}</Table.Cell>
      <Table.Cell>
        {rejecting ? (
          <form onSubmit={reject} className="flex items-center gap-x-2">
            <Input
              size="small"
              maxLength={1000}
              aria-label={`Why ${product.title} is sent back`}
              placeholder="Reason for the group"
              value={reason}
              onChange={(event) => setReason(event.target.value)}
            />
            <Button size="small" variant="danger" type="submit" isLoading={busy} disabled={!reason.trim()}>
              Reject
            </Button>
            <Button size="small" variant="transparent" type="button" onClick={() => setRejecting(false)}>
              Cancel
            </Button>
          </form>
        ) : (
          <div className="flex items-center gap-x-2">
            <Button size="small" isLoading={busy} onClick={() => decide("approve", {})}>
              Approve
            </Button>
            <Button size="small" variant="secondary" onClick={() => setRejecting(true)}>
              Reject…
            </Button>
          </div>
        )}
      </Table.Cell>
    </Table.Row>
  )
}
