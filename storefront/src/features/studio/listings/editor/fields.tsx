import { useId, type ReactNode } from "react"
import { studioInputClass } from "@/features/studio/components/studio-ui"

/** A labelled text field with its hint; the label says in words what is needed. */
export function TextField({
  label,
  hint,
  value,
  onChange,
  multiline = false,
  lang,
  required = false,
  inputMode,
  maxLength,
}: {
  label: string
  hint?: ReactNode
  value: string
  onChange: (value: string) => void
  multiline?: boolean
  lang?: string
  required?: boolean
  inputMode?: "decimal" | "numeric" | "text"
  maxLength?: number
}) {
  const id = useId()
  const props = {
    id,
    value,
    lang,
    maxLength,
    "aria-required": required || undefined,
    "aria-describedby": hint ? `${id}-hint` : undefined,
    onChange: (event: { target: { value: string } }) => onChange(event.target.value),
  }
  return (
    <div>
      <label htmlFor={id} className="block text-base font-semibold text-stone-900">
        {label}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="text-sm text-stone-700">
          {hint}
        </p>
      ) : null}
      {multiline ? (
        <textarea {...props} rows={5} className={`${studioInputClass} py-2`} />
      ) : (
        <input {...props} type="text" inputMode={inputMode} autoComplete="off" className={studioInputClass} />
      )}
    </div>
  )
}

export function SelectField({
  label,
  hint,
  value,
  onChange,
  options,
  empty,
  required = false,
}: {
  label: string
  hint?: string
  value: string
  onChange: (value: string) => void
  options: { value: string; label: string }[]
  empty: string
  required?: boolean
}) {
  const id = useId()
  return (
    <div>
      <label htmlFor={id} className="block text-base font-semibold text-stone-900">
        {label}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="text-sm text-stone-700">
          {hint}
        </p>
      ) : null}
      <select
        id={id}
        value={value}
        aria-required={required || undefined}
        aria-describedby={hint ? `${id}-hint` : undefined}
        onChange={(event) => onChange(event.target.value)}
        className={studioInputClass}
      >
        <option value="">{empty}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  )
}

/** Checkboxes as big rows, for a few choices among many. */
export function CheckboxList({
  legend,
  hint,
  options,
  chosen,
  onChange,
}: {
  legend: string
  hint?: string
  options: { value: string; label: string }[]
  chosen: string[]
  onChange: (chosen: string[]) => void
}) {
  return (
    <fieldset>
      <legend className="text-base font-semibold text-stone-900">{legend}</legend>
      {hint ? <p className="text-sm text-stone-700">{hint}</p> : null}
      <div className="mt-1 grid grid-cols-2 gap-1">
        {options.map((option) => (
          <label key={option.value} className="flex min-h-12 min-w-0 items-center gap-2 rounded-lg border border-stone-200 bg-white px-2 py-1">
            <input
              type="checkbox"
              className="size-6 shrink-0 accent-red-800"
              checked={chosen.includes(option.value)}
              onChange={(event) =>
                onChange(event.target.checked ? [...chosen, option.value] : chosen.filter((value) => value !== option.value))
              }
            />
            <span className="min-w-0 text-base break-words text-stone-900">{option.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  )
}
