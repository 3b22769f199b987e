import { Badge, Container, Heading, Table, Text } from "@medusajs/ui"
import { CRAFTS, labelOf, PEOPLES } from "@sipakam/shared"
import type { ProducerGroupDetailType } from "../lib/producer-types"

/** The group's artisans as the group recorded them: private, for the operator's eyes only. */
export function ProducerMakersSection(props: { group: ProducerGroupDetailType }) {
  const makers = props.group.makers
  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h2">Makers</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          Private records. The store shows a maker's name and story only with their consent, and gender
          and people only as group totals.
        </Text>
      </div>
      {makers.length === 0 ? (
        <Text className="px-6 py-4 text-ui-fg-subtle">No makers recorded yet.</Text>
      ) : (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Name</Table.HeaderCell>
              <Table.HeaderCell>Crafts</Table.HeaderCell>
              <Table.HeaderCell>People</Table.HeaderCell>
              <Table.HeaderCell>Gender</Table.HeaderCell>
              <Table.HeaderCell>Public profile</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {makers.map((maker) => (
              <Table.Row key={maker.id}>
                <Table.Cell>
                  {[maker.first_name, maker.last_name].filter(Boolean).join(" ")}
                  {maker.name_km && <div className="txt-small text-ui-fg-subtle">{maker.name_km}</div>}
                  {maker.is_living_human_treasure && <Badge size="2xsmall">Living Human Treasure</Badge>}
                  {maker.retired_at && <Badge size="2xsmall" color="grey">Retired</Badge>}
                </Table.Cell>
                <Table.Cell>{maker.crafts.map((craft) => labelOf(CRAFTS, craft) ?? craft).join(", ")}</Table.Cell>
                <Table.Cell>{maker.people ? labelOf(PEOPLES, maker.people) ?? maker.people : "—"}</Table.Cell>
                <Table.Cell>{maker.gender ?? "—"}</Table.Cell>
                <Table.Cell>{maker.public_profile_consent ? "Consented" : "Anonymous"}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
    </Container>
  )
}
