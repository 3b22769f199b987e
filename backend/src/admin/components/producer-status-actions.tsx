import { Button, Drawer, Textarea, toast } from "@medusajs/ui"
import { useState, type FormEvent } from "react"
import { adminRequest } from "../lib/admin-request"
import type { ProducerGroupDetailType } from "../lib/producer-types"
import { Field } from "./field"

/**
 * Approve (pending or suspended → active: its products enter the store) and suspend with a
 * reason (active → suspended: its products leave the store at once).
 */
export function ProducerStatusActions(props: { group: ProducerGroupDetailType; onChanged: () => void }) {
  const { group } = props
  const [busy, setBusy] = useState(false)
  const [suspending, setSuspending] = useState(false)
  const [reason, setReason] = useState("")

  const change = async (action: "approve" | "suspend", body: object) => {
    setBusy(true)
    try {
      await adminRequest(`/admin/producers/${group.id}/${action}`, { method: "POST", body })
      toast.success(action === "approve" ? `${group.name} is active` : `${group.name} is suspended`)
      setSuspending(false)
      setReason("")
      props.onChanged()
    } catch (error) {
      toast.error((error as Error).message)
    } finally {
      setBusy(false)
    }
  }
  const suspend = (event: FormEvent) => {
    event.preventDefault()
    void change("suspend", { reason: reason.trim() })
  }

  if (group.status !== "active") {
    return (
      <Button size="small" isLoading={busy} onClick={() => change("approve", {})}>
        {group.status === "pending" ? "Approve group" : "Reinstate group"}
      </Button>
    )
  }
  return (
    <Drawer open={suspending} onOpenChange={setSuspending}>
      <Drawer.Trigger asChild>
        <Button size="small" variant="danger">
          Suspend group
        </Button>
      </Drawer.Trigger>
      <Drawer.Content>
        <form onSubmit={suspend} className="flex flex-1 flex-col">
          <Drawer.Header>
            <Drawer.Title>Suspend {group.name}</Drawer.Title>
          </Drawer.Header>
          <Drawer.Body className="flex flex-col gap-y-4">
            <p className="txt-small text-ui-fg-subtle">
              Its {group.products_count} products leave the store until the group is reinstated.
            </p>
            <Field id="suspend-reason" label="Reason (shown to the group)">
              <Textarea
                id="suspend-reason"
                maxLength={2000}
                value={reason}
                onChange={(event) => setReason(event.target.value)}
              />
            </Field>
          </Drawer.Body>
          <Drawer.Footer>
            <Drawer.Close asChild>
              <Button size="small" variant="secondary" type="button">
                Cancel
              </Button>
            </Drawer.Close>
            <Button size="small" variant="danger" type="submit" isLoading={busy} disabled={reason.trim().length < 3}>
              Suspend
            </Button>
          </Drawer.Footer>
        </form>
      </Drawer.Content>
    </Drawer>
  )
}
