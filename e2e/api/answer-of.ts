import type { APIResponse } from "@playwright/test"

/** The JSON of a successful answer; any other answer throws with its status and body. */
export async function answerOf<T>(response: APIResponse): Promise<T> {
  if (!response.ok()) {
    throw new Error(`${response.status()} from ${response.url()}: ${(await response.text()).slice(0, 500)}`)
  }
  return (await response.json()) as T
}
