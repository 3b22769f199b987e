import { z } from "zod"

const NAME_MAX_LENGTH = 100
const PHONE_MAX_LENGTH = 32

export const ProducerAcceptInvite = z
  .object({
    token: z.string().min(1).max(200),
    first_name: z.string().trim().min(1).max(NAME_MAX_LENGTH).nullish(),
    last_name: z.string().trim().min(1).max(NAME_MAX_LENGTH).nullish(),
    phone: z
      .string()
      .trim()
      .max(PHONE_MAX_LENGTH)
      .regex(/^\+?[0-9 ()-]{6,}$/, "A phone number has digits, spaces, dashes and an optional leading +")
      .nullish(),
  })
  .strict()

export type ProducerAcceptInviteType = z.infer<typeof ProducerAcceptInvite>
