import { z } from "zod"

export const StoreAcceptCompanyInvite = z
  .object({ token: z.string().min(1).max(200) })
  .strict()
export type StoreAcceptCompanyInviteType = z.infer<typeof StoreAcceptCompanyInvite>
