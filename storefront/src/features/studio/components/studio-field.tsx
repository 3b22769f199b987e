import { useId, type ReactNode } from "react"
import { studioInputClass } from "@/features/studio/components/studio-ui"

/**
 * A labelled text field with its hint and its error in words, tied to it for screen readers;
 * `name` marks it for `focusFirstError`.
 */
export function StudioTextField({
  name,
  label,
  hint,
  error,
  value,
  onChange,
  multiline = false,
  lang,
  inputMode,
  type = "text",
  autoComplete = "off",
  maxLength,
}: {
  name: string
  label: string
  hint?: ReactNode
  error?: string
  value: string
  onChange: (value: string) => void
  multiline?: boolean
  lang?: string
  inputMode?: "decimal" | "numeric" | "text" | "email" | "tel" | "url"
  type?: "text" | "email" | "tel" | "url"
  autoComplete?: string
  maxLength?: number
}) {
  const id = useId()
  const described = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined
  const props = {
    id,
    name,
    value,
    lang,
    maxLength,
    "aria-invalid": error ? true : undefined,
    "aria-describedby": described,
    onChange: (event: { target: { value: string } }) => onChange(event.target.value),
  }
  return (
    <div data-field={name}>
      <label htmlFor={id} className="block text-base font-semibold text-stone-950">
        {label}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="text-sm text-stone-700">
          {hint}
        </p>
      ) : null}
      {multiline ? (
        <textarea {...props} rows={6} className={`${studioInputClass} py-2 leading-relaxed`} />
      ) : (
        <input {...props} type={type} inputMode={inputMode} autoComplete={autoComplete} className={studioInputClass} />
      )}
      {error ? (
        <p id={`${id}-error`} className="mt-1 text-base font-semibold text-red-800">
          {error}
        </p>
      ) : null}
    </div>
  )
}

/** Puts the keyboard on the first field with an error, in the form's order. */
export function focusFirstError(form: HTMLElement | null, names: readonly string[]): void {
  if (!form) return
  for (const field of form.querySelectorAll<HTMLElement>("[data-field]")) {
    if (names.includes(field.dataset.field ?? "")) {
      field.querySelector<HTMLElement>("input, select, textarea")?.focus()
      field.scrollIntoView({ block: "center" })
      return
    }
  }
}

/** Zod issues as one message key per field (the first issue of each). */
export function fieldErrors(issues: readonly { path: readonly PropertyKey[]; message: string }[]): Record<string, string> {
  const errors: Record<string, string> = {}
  for (const issue of issues) {
    const field = String(issue.path[0] ?? "")
    errors[field] ??= issue.message
  }
  return errors
}
