import { Select } from "@medusajs/ui"
import { PROVINCES } from "@sipakam/shared"

/** Picks one of Cambodia's provinces by its vocabulary code. */
export function ProvinceSelect(props: { id?: string; value: string; onChange: (code: string) => void }) {
  return (
    <Select value={props.value} onValueChange={props.onChange}>
      <Select.Trigger id={props.id}>
        <Select.Value placeholder="Choose a province" />
      </Select.Trigger>
      <Select.Content>
        {PROVINCES.map((province) => (
          <Select.Item key={province.code} value={province.code}>
            {province.labels.en}
          </Select.Item>
        ))}
      </Select.Content>
    </Select>
  )
}
