/** Where a request made with an Idempotency-Key is: running, or answered and remembered. */
export const IdempotencyKeyState = {
  IN_PROGRESS: "in_progress",
  COMPLETED: "completed",
} as const

export type IdempotencyKeyStateType = (typeof IdempotencyKeyState)[keyof typeof IdempotencyKeyState]
