import { useCallback, useEffect, useId, useRef, useState } from "react"
import { useTranslation } from "react-i18next"
import { useSearchBox } from "react-instantsearch"

/** Results follow the shopper's typing after this pause: fewer requests on a slow phone. */
const TYPING_PAUSE_MS = 250

export function SearchBox() {
  const { t } = useTranslation()
  const id = useId()
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined)
  // Stable: InstantSearch re-creates the widget whenever its options change.
  const queryHook = useCallback((value: string, search: (value: string) => void) => {
    clearTimeout(timer.current)
    timer.current = setTimeout(() => search(value), TYPING_PAUSE_MS)
  }, [])
  const { query, refine } = useSearchBox({ queryHook })
  const [value, setValue] = useState(query)
  const inputRef = useRef<HTMLInputElement>(null)

  // A query set from outside (the URL, the header's search) shows in the field, unless the
  // shopper is typing in it.
  useEffect(() => {
    if (document.activeElement !== inputRef.current) setValue(query)
  }, [query])

  useEffect(() => () => clearTimeout(timer.current), [])

  return (
    <form
      role="search"
      noValidate
      onSubmit={(event) => {
        event.preventDefault()
        clearTimeout(timer.current)
        refine(value)
        inputRef.current?.blur()
      }}
    >
      <label htmlFor={id} className="mb-1 block font-medium text-stone-900">
        {t("shop.searchLabel")}
      </label>
      <input
        ref={inputRef}
        id={id}
        type="search"
        value={value}
        onChange={(event) => {
          setValue(event.target.value)
          refine(event.target.value)
        }}
        placeholder={t("shop.searchPlaceholder")}
        autoComplete="off"
        enterKeyHint="search"
        className="min-h-11 w-full rounded-md border border-stone-400 bg-white px-3 text-base text-stone-900 placeholder:text-stone-600 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-red-800"
      />
    </form>
  )
}
