import { Button, Container, Heading, Input, Switch, Textarea, toast } from "@medusajs/ui"
import { useEffect, useState, type FormEvent } from "react"
import { adminRequest } from "../lib/admin-request"
import { bpsToPercent, percentToBps } from "../lib/percent-to-bps"
import type { ProducerGroupDetailType } from "../lib/producer-types"
import { Field } from "./field"
import { ProvinceSelect } from "./province-select"

function formOf(group: ProducerGroupDetailType) {
  return {
    name: group.name,
    province: group.province,
    village: group.village ?? "",
    story: group.story ?? "",
    commission: bpsToPercent(group.commission_rate_bps),
    trusted: group.trusted,
    email: group.account?.contact_email ?? "",
    phone: group.account?.contact_phone ?? "",
  }
}

/** The group's profile, commission, trust and contacts, edited by the operator. */
export function ProducerProfileSection(props: { group: ProducerGroupDetailType; onSaved: () => void }) {
  const [form, setForm] = useState(() => formOf(props.group))
  const [saving, setSaving] = useState(false)
  // Reset only for another group: reloading this one (after an invite or a status change) must
  // not throw away what the operator is typing.
  useEffect(() => setForm(formOf(props.group)), [props.group.id])
  const set = (field: keyof ReturnType<typeof formOf>) => (value: string | boolean) =>
    setForm((current) => ({ ...current, [field]: value }))

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    const commission = percentToBps(form.commission)
    if (commission === null) {
      toast.error("Commission must be a percentage between 0 and 50, with at most two decimals")
      return
    }
    setSaving(true)
    try {
      await adminRequest(`/admin/producers/${props.group.id}`, {
        method: "POST",
        body: {
          name: form.name.trim(),
          province: form.province,
          village: form.village.trim() || null,
          story: form.story.trim() || null,
          commission_rate_bps: commission,
          trusted: form.trusted,
          contacts: { email: form.email.trim() || null, phone: form.phone.trim() || null },
        },
      })
      toast.success("Saved")
      props.onSaved()
    } catch (error) {
      toast.error((error as Error).message)
    } finally {
      setSaving(false)
    }
  }

  return (
    <Container className="p-0">
      <form onSubmit={submit} className="divide-y">
        <div className="flex items-center justify-between px-6 py-4">
          <Heading level="h2">Profile and commission</Heading>
          <Button size="small" type="submit" isLoading={saving} disabled={!form.name.trim()}>
            Save
          </Button>
        </div>
        <div className="grid grid-cols-1 gap-4 px-6 py-4 md:grid-cols-2">
          <Field id="profile-name" label="Name">
            <Input id="profile-name" maxLength={200} value={form.name} onChange={(e) => set("name")(e.target.value)} />
          </Field>
          <Field id="profile-province" label="Province">
            <ProvinceSelect id="profile-province" value={form.province} onChange={set("province")} />
          </Field>
          <Field id="profile-village" label="Village">
            <Input id="profile-village" maxLength={200} value={form.village} onChange={(e) => set("village")(e.target.value)} />
          </Field>
          <Field id="profile-commission" label="Commission (%)" hint="Taken from each future sale; between 0 and 50.">
            <Input
              id="profile-commission"
              inputMode="decimal"
              value={form.commission}
              onChange={(e) => set("commission")(e.target.value)}
            />
          </Field>
          <Field id="profile-email" label="Contact email">
            <Input id="profile-email" type="email" value={form.email} onChange={(e) => set("email")(e.target.value)} />
          </Field>
          <Field id="profile-phone" label="Contact phone">
            <Input id="profile-phone" type="tel" value={form.phone} onChange={(e) => set("phone")(e.target.value)} />
          </Field>
          <div className="md:col-span-2">
            <Field id="profile-story" label="Story">
              <Textarea id="profile-story" rows={5} maxLength={10000} value={form.story} onChange={(e) => set("story")(e.target.value)} />
            </Field>
          </div>
          <div className="flex items-center gap-x-2 md:col-span-2">
            <Switch id="profile-trusted" checked={form.trusted} onCheckedChange={set("trusted")} />
            <label htmlFor="profile-trusted" className="txt-compact-small">
              Trusted: the group's new listings are published without review
            </label>
          </div>
        </div>
      </form>
    </Container>
  )
}
