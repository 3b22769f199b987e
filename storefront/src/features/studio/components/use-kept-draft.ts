import { useCallback, useEffect, useState } from "react"

const PREFIX = "sipakam.studio.form."

function read<T>(key: string): T | null {
  try {
    const text = window.localStorage.getItem(PREFIX + key)
    return text ? (JSON.parse(text) as T) : null
  } catch {
    return null
  }
}

/**
 * A form's fields as typed, kept on the phone until they are saved: a browser the phone closed,
 * a reload or a failed save loses nothing. `kept` says the form opened with what was kept rather
 * than `initial`; `forget` drops it (after saving, or to start again from `initial`).
 */
export function useKeptDraft<T>(key: string, initial: T) {
  const [kept, setKept] = useState(() => read<T>(key) !== null)
  const [value, setValue] = useState<T>(() => read<T>(key) ?? initial)
  const [touched, setTouched] = useState(false)

  // Until something is typed, the form follows what is saved (a fresher answer from the server).
  const initialText = JSON.stringify(initial)
  useEffect(() => {
    if (!touched && !kept) setValue(JSON.parse(initialText) as T)
  }, [initialText, touched, kept])

  useEffect(() => {
    if (!touched) return
    try {
      window.localStorage.setItem(PREFIX + key, JSON.stringify(value))
    } catch {
      // Storage full or blocked: the form still holds what was typed while it is open.
    }
  }, [key, value, touched])

  const update = useCallback((next: T | ((current: T) => T)) => {
    setTouched(true)
    setValue(next)
  }, [])

  const forget = useCallback(
    (reset?: T) => {
      setTouched(false)
      setKept(false)
      try {
        window.localStorage.removeItem(PREFIX + key)
      } catch {
        // Nothing was kept either.
      }
      if (reset !== undefined) setValue(reset)
    },
    [key]
  )

  return { value, update, forget, kept }
}
