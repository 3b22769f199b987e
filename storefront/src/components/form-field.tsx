import { useId, type ReactNode } from "react"

export const inputClass =
  "mt-1 min-h-11 w-full rounded-md border border-stone-400 bg-white px-3 text-base text-stone-950 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-red-800 aria-invalid:border-red-800"

export const primaryButtonClass =
  "min-h-11 rounded-md bg-red-800 px-5 font-semibold text-white hover:bg-red-900 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-red-800 aria-disabled:opacity-70"

export type FieldControlPropsType = { id: string; "aria-invalid": boolean; "aria-describedby"?: string }

type FieldProps = {
  name: string
  label: string
  /** The message shown under the control, already translated. */
  error: string | undefined
  children: (props: FieldControlPropsType) => ReactNode
}

/** A labelled form control with its error message tied to it for screen readers. */
export function Field({ name, label, error, children }: FieldProps) {
  const id = useId()
  const errorId = `${id}-error`
  return (
    <div data-field={name}>
      <label htmlFor={id} className="block text-sm font-medium text-stone-900">
        {label}
      </label>
      {children({ id, "aria-invalid": Boolean(error), "aria-describedby": error ? errorId : undefined })}
      {error ? (
        <p id={errorId} className="mt-1 text-sm text-red-900">
          {error}
        </p>
      ) : null}
    </div>
  )
}

/** Puts the keyboard on the first field with an error. */
export function focusField(form: HTMLFormElement, name: string | undefined): void {
  if (!name) return
  form.querySelector<HTMLElement>(`[data-field="${name}"] :is(input, select, textarea)`)?.focus()
}

/** Form values as strings, by field name. */
export function formValues<K extends string>(form: HTMLFormElement, names: readonly K[]): Record<K, string> {
  const data = new FormData(form)
  return Object.fromEntries(names.map((name) => [name, String(data.get(name) ?? "")])) as Record<K, string>
}
