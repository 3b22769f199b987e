/** An error answer of the admin API, with Medusa's message (e.g. a validation failure). */
export class AdminRequestError extends Error {
  constructor(
    message: string,
    readonly status: number
  ) {
    super(message)
    this.name = "AdminRequestError"
  }
}

/**
 * Calls the backend's admin API as the logged-in operator: the dashboard's session cookie
 * travels with `credentials: "include"`, and the admin is served from the backend's origin.
 */
export async function adminRequest<T>(
  path: string,
  options: { method?: "GET" | "POST" | "DELETE"; body?: unknown } = {}
): Promise<T> {
  const response = await fetch(path, {
    method: options.method ?? "GET",
    credentials: "include",
    headers: options.body === undefined ? undefined : { "content-type": "application/json" },
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  })
  const data = await response.json().catch(() => null)
  if (!response.ok) {
    const message = typeof data?.message === "string" ? data.message : `Request failed (${response.status})`
    throw new AdminRequestError(message, response.status)
  }
  return data as T
}
