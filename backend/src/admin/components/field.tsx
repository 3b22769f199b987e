import { Label } from "@medusajs/ui"
import type { ReactNode } from "react"

/** A labelled form field: the label names the control with `htmlFor`. */
export function Field(props: { id: string; label: string; hint?: string; children: ReactNode }) {
  return (
    <div className="flex flex-col gap-y-2">
      <Label htmlFor={props.id} size="small" weight="plus">
        {props.label}
      </Label>
      {props.children}
      {props.hint && <span className="txt-small text-ui-fg-subtle">{props.hint}</span>}
    </div>
  )
}
