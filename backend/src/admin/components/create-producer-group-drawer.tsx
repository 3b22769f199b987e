import { Button, Drawer, Input, Switch, Textarea, toast } from "@medusajs/ui"
import { useState, type FormEvent } from "react"
import { adminRequest } from "../lib/admin-request"
import { percentToBps } from "../lib/percent-to-bps"
import type { ProducerGroupType } from "../lib/producer-types"
import { Field } from "./field"
import { ProvinceSelect } from "./province-select"

const EMPTY = {
  handle: "",
  name: "",
  province: "",
  village: "",
  story: "",
  commission: "15",
  trusted: false,
  email: "",
  phone: "",
}

/** The operator's form to open a new producer group (pending until approved). */
export function CreateProducerGroupDrawer(props: { onCreated: (group: ProducerGroupType) => void }) {
  const [open, setOpen] = useState(false)
  const [form, setForm] = useState(EMPTY)
  const [saving, setSaving] = useState(false)
  const set = (field: keyof typeof EMPTY) => (value: string | boolean) =>
    setForm((current) => ({ ...current, [field]: value }))

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    const commission = percentToBps(form.commission)
    if (commission === null) {
      toast.error("Commission must be a percentage between 0 and 50, with at most two decimals")
      return
    }
    const contacts = {
      ...(form.email ? { email: form.email.trim() } : {}),
      ...(form.phone ? { phone: form.phone.trim() } : {}),
    }
    setSaving(true)
    try {
      const { producer_group } = await adminRequest<{ producer_group: ProducerGroupType }>(
        "/admin/producers",
        {
          method: "POST",
          body: {
            handle: form.handle.trim(),
            name: form.name.trim(),
            province: form.province,
            ...(form.village.trim() ? { village: form.village.trim() } : {}),
            ...(form.story.trim() ? { story: form.story.trim() } : {}),
            commission_rate_bps: commission,
            trusted: form.trusted,
            ...(Object.keys(contacts).length ? { contacts } : {}),
          },
        }
      )
      toast.success(`${producer_group.name} created`)
      setForm(EMPTY)
      setOpen(false)
      props.onCreated(producer_group)
    } catch (error) {
      toast.error((error as Error).message)
    } finally {
      setSaving(false)
    }
  }

  return (
    <Drawer open={open} onOpenChange={setOpen}>
      <Drawer.Trigger asChild>
        <Button size="small" variant="secondary">
          Create group
        </Button>
      </Drawer.Trigger>
      <Drawer.Content>
        <form onSubmit={submit} className="flex flex-1 flex-col overflow-hidden">
          <Drawer.Header>
            <Drawer.Title>New producer group</Drawer.Title>
          </Drawer.Header>
          <Drawer.Body className="flex flex-col gap-y-4 overflow-y-auto">
            <Field id="group-name" label="Name">
              <Input id="group-name" maxLength={200} value={form.name} onChange={(e) => set("name")(e.target.value)} />
            </Field>
            <Field id="group-handle" label="Handle" hint="Lowercase letters, digits and hyphens; used in the store's address.">
              <Input
                id="group-handle"
                maxLength={80}
                pattern="[a-z0-9]+(-[a-z0-9]+)*"
                value={form.handle}
                onChange={(e) => set("handle")(e.target.value)}
              />
            </Field>
            <Field id="group-province" label="Province">
              <ProvinceSelect id="group-province" value={form.province} onChange={set("province")} />
            </Field>
            <Field id="group-village" label="Village">
              <Input id="group-village" maxLength={200} value={form.village} onChange={(e) => set("village")(e.target.value)} />
            </Field>
            <Field id="group-story" label="Story">
              <Textarea id="group-story" maxLength={10000} value={form.story} onChange={(e) => set("story")(e.target.value)} />
            </Field>
            <Field id="group-commission" label="Commission (%)" hint="Between 0 and 50, at most two decimals.">
              <Input id="group-commission" inputMode="decimal" value={form.commission} onChange={(e) => set("commission")(e.target.value)} />
            </Field>
            <div className="flex items-center gap-x-2">
              <Switch id="group-trusted" checked={form.trusted} onCheckedChange={set("trusted")} />
              <label htmlFor="group-trusted" className="txt-compact-small">
                Trusted: new listings are published without review
              </label>
            </div>
            <Field id="group-email" label="Contact email">
              <Input id="group-email" type="email" value={form.email} onChange={(e) => set("email")(e.target.value)} />
            </Field>
            <Field id="group-phone" label="Contact phone">
              <Input id="group-phone" type="tel" value={form.phone} onChange={(e) => set("phone")(e.target.value)} />
            </Field>
          </Drawer.Body>
          <Drawer.Footer>
            <Drawer.Close asChild>
              <Button size="small" variant="secondary" type="button">
                Cancel
              </Button>
            </Drawer.Close>
            <Button size="small" type="submit" isLoading={saving} disabled={!form.name.trim() || !form.handle.trim() || !form.province}>
              Create
            </Button>
          </Drawer.Footer>
        </form>
      </Drawer.Content>
    </Drawer>
  )
}
