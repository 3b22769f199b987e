import { useCallback, useEffect, useState } from "react"
import { adminRequest } from "./admin-request"

export type AdminResourceType<T> = {
  data: T | undefined
  error: Error | undefined
  isLoading: boolean
  /** Fetches again, e.g. after a change. */
  reload: () => void
}

/**
 * Reads one admin API path and keeps its answer; a new path fetches again. Kept to React
 * state because the dashboard's react-query instance is not reachable from extensions here.
 */
export function useAdminResource<T>(path: string | null): AdminResourceType<T> {
  const [data, setData] = useState<T>()
  const [error, setError] = useState<Error>()
  const [isLoading, setLoading] = useState(Boolean(path))
  const [version, setVersion] = useState(0)

  useEffect(() => {
    if (!path) {
      return
    }
    let current = true
    setLoading(true)
    adminRequest<T>(path)
      .then((answer) => {
        if (current) {
          setData(answer)
          setError(undefined)
        }
      })
      .catch((failure: Error) => current && setError(failure))
      .finally(() => current && setLoading(false))
    return () => {
      current = false
    }
  }, [path, version])

  const reload = useCallback(() => setVersion((value) => value + 1), [])
  return { data, error, isLoading, reload }
}
