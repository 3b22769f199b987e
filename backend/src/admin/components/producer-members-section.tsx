import { Button, Container, Copy, Heading, Input, Table, Text, toast } from "@medusajs/ui"
import { useState, type FormEvent } from "react"
import { adminRequest } from "../lib/admin-request"
import type { CreatedInviteType, ProducerGroupDetailType } from "../lib/producer-types"

const formatDate = (value: string | null) => (value ? new Date(value).toLocaleDateString() : "—")

/** The group's coordinators, its open invites and the form to invite one more. */
export function ProducerMembersSection(props: { group: ProducerGroupDetailType; onInvited: () => void }) {
  const [email, setEmail] = useState("")
  const [sending, setSending] = useState(false)
  const [created, setCreated] = useState<CreatedInviteType>()

  const invite = async (event: FormEvent) => {
    event.preventDefault()
    setSending(true)
    try {
      const { invite } = await adminRequest<{ invite: CreatedInviteType }>(
        `/admin/producers/${props.group.id}/invites`,
        { method: "POST", body: { email: email.trim() } }
      )
      setCreated(invite)
      setEmail("")
      props.onInvited()
    } catch (error) {
      toast.error((error as Error).message)
    } finally {
      setSending(false)
    }
  }

  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h2">Coordinators</Heading>
      </div>
      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>Email</Table.HeaderCell>
            <Table.HeaderCell>Name</Table.HeaderCell>
            <Table.HeaderCell>Phone</Table.HeaderCell>
            <Table.HeaderCell>Since</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {props.group.members.map((member) => (
            <Table.Row key={member.id}>
              <Table.Cell>{member.email}</Table.Cell>
              <Table.Cell>{[member.first_name, member.last_name].filter(Boolean).join(" ") || "—"}</Table.Cell>
              <Table.Cell>{member.phone ?? "—"}</Table.Cell>
              <Table.Cell>{formatDate(member.created_at)}</Table.Cell>
            </Table.Row>
          ))}
          {props.group.invites
            .filter((invite) => !invite.accepted_at)
            .map((invite) => (
              <Table.Row key={invite.id}>
                <Table.Cell>{invite.email}</Table.Cell>
                <Table.Cell className="text-ui-fg-subtle">Invited, not accepted yet</Table.Cell>
                <Table.Cell>—</Table.Cell>
                <Table.Cell>expires {formatDate(invite.expires_at)}</Table.Cell>
              </Table.Row>
            ))}
        </Table.Body>
      </Table>
      <form onSubmit={invite} className="flex flex-wrap items-end gap-3 px-6 py-4">
        <div className="flex flex-col gap-y-2">
          <label htmlFor="invite-email" className="txt-compact-small-plus">
            Invite a coordinator by email
          </label>
          <Input
            id="invite-email"
            type="email"
            value={email}
            onChange={(event) => setEmail(event.target.value)}
            className="w-72"
          />
        </div>
        <Button size="small" type="submit" variant="secondary" isLoading={sending} disabled={!email.trim()}>
          Create invite
        </Button>
      </form>
      {created && (
        <div className="flex flex-col gap-y-2 px-6 py-4" role="status">
          <Text size="small" weight="plus">
            Invite for {created.email} (valid until {formatDate(created.expires_at)})
          </Text>
          <Text size="small" className="text-ui-fg-subtle">
            Send this code to the coordinator: they register with this email in the producer studio and
            enter it to join. It is shown only now.
          </Text>
          <div className="flex items-center gap-x-2">
            <code className="txt-compact-small rounded bg-ui-bg-subtle px-2 py-1 break-all">{created.token}</code>
            <Copy content={created.token} />
          </div>
        </div>
      )}
    </Container>
  )
}
