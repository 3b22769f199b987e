import { useId, useState, type ReactNode } from "react"
import { useTranslation } from "react-i18next"
import { studioInputClass } from "@/features/studio/components/studio-ui"

type IssueType = { path: PropertyKey[]; message: string }

/** Field messages from a schema's issues (keys under `access.errors`), the first per field. */
export function useAccessFieldErrors() {
  const { t } = useTranslation("studio")
  const [errors, setErrors] = useState<Partial<Record<string, string>>>({})
  const fromIssues = (issues: IssueType[]) => {
    const found: Partial<Record<string, string>> = {}
    for (const issue of issues) {
      found[String(issue.path[0])] ??= t(`access.errors.${issue.message}` as "access.errors.required")
    }
    setErrors(found)
  }
  return { errors, fromIssues, clear: () => setErrors({}) }
}

type AccessFieldProps = {
  name: string
  label: string
  hint?: ReactNode
  error: string | undefined
  type?: "text" | "email" | "password"
  autoComplete: string
  defaultValue?: string
}

/** A labelled input with its hint and error tied to it for screen readers. */
export function AccessField({ name, label, hint, error, type = "text", autoComplete, defaultValue }: AccessFieldProps) {
  const id = useId()
  const hintId = `${id}-hint`
  const errorId = `${id}-error`
  const described = [hint ? hintId : "", error ? errorId : ""].filter(Boolean).join(" ") || undefined
  return (
    <div data-field={name}>
      <label htmlFor={id} className="block text-base font-medium text-stone-900">
        {label}
      </label>
      {hint ? (
        <p id={hintId} className="text-sm text-stone-700">
          {hint}
        </p>
      ) : null}
      <input
        id={id}
        name={name}
        type={type}
        autoComplete={autoComplete}
        defaultValue={defaultValue}
        aria-invalid={Boolean(error)}
        aria-describedby={described}
        className={studioInputClass}
        {...(type === "email" ? { inputMode: "email" as const, autoCapitalize: "none", spellCheck: false } : {})}
      />
      {error ? (
        <p id={errorId} className="mt-1 text-base text-red-900">
          {error}
        </p>
      ) : null}
    </div>
  )
}

/** Puts the keyboard on the first field with an error. */
export function focusFirstError(form: HTMLFormElement, name: PropertyKey | undefined): void {
  if (name === undefined) return
  form.querySelector<HTMLElement>(`[data-field="${String(name)}"] input`)?.focus()
}

export function formText(form: HTMLFormElement, name: string): string {
  return String(new FormData(form).get(name) ?? "")
}
