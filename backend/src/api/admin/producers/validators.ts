import { ProvinceCodeSchema } from "@sipakam/shared"
import { z } from "zod"
import { HandleSchema } from "../../../lib/handle-schema"
import { ProducerGroupStatus } from "../../../modules/producer/producer-group-status"

/** Basis points: 10000 = 100%. The platform never takes more than half of a sale. */
export const MAX_COMMISSION_RATE_BPS = 5000

const STATUSES = [
  ProducerGroupStatus.PENDING,
  ProducerGroupStatus.ACTIVE,
  ProducerGroupStatus.SUSPENDED,
] as const

const NameSchema = z.string().trim().min(1).max(200)
const StorySchema = z.string().trim().max(10_000).nullable()
const VillageSchema = z.string().trim().max(200).nullable()
const CommissionSchema = z.number().int().min(0).max(MAX_COMMISSION_RATE_BPS)
const ContactsSchema = z
  .object({
    email: z.email().max(320).nullable().optional(),
    phone: z
      .string()
      .trim()
      .max(40)
      .regex(/^\+?[0-9 ().-]*$/, "digits, spaces and + ( ) . - only")
      .nullable()
      .optional(),
  })
  .strict()

export const AdminCreateProducerGroup = z
  .object({
    handle: HandleSchema,
    name: NameSchema,
    province: ProvinceCodeSchema,
    village: VillageSchema.optional(),
    story: StorySchema.optional(),
    commission_rate_bps: CommissionSchema.optional(),
    trusted: z.boolean().optional(),
    /** Operators who have already vetted a group may open it at once; approval is the usual path. */
    status: z.enum([ProducerGroupStatus.PENDING, ProducerGroupStatus.ACTIVE]).optional(),
    contacts: ContactsSchema.optional(),
  })
  .strict()
export type AdminCreateProducerGroupType = z.infer<typeof AdminCreateProducerGroup>

export const AdminUpdateProducerGroup = z
  .object({
    name: NameSchema.optional(),
    province: ProvinceCodeSchema.optional(),
    village: VillageSchema.optional(),
    story: StorySchema.optional(),
    commission_rate_bps: CommissionSchema.optional(),
    trusted: z.boolean().optional(),
    contacts: ContactsSchema.optional(),
  })
  .strict()
export type AdminUpdateProducerGroupType = z.infer<typeof AdminUpdateProducerGroup>

export const AdminSuspendProducerGroup = z
  .object({ reason: z.string().trim().min(3).max(2000) })
  .strict()
export type AdminSuspendProducerGroupType = z.infer<typeof AdminSuspendProducerGroup>

export const AdminCreateProducerInvite = z
  .object({ email: z.email().max(320) })
  .strict()
export type AdminCreateProducerInviteType = z.infer<typeof AdminCreateProducerInvite>

/** Query strings arrive as text; numbers are parsed strictly (no "1.5", no "", no "1e3"). */
const QueryIntegerSchema = z
  .string()
  .regex(/^\d{1,6}$/, "a whole number")
  .transform(Number)

export const AdminGetProducerGroupsParams = z
  .object({
    q: z.string().trim().min(1).max(200).optional(),
    status: z.union([z.enum(STATUSES), z.array(z.enum(STATUSES)).min(1)]).optional(),
    limit: QueryIntegerSchema.pipe(z.number().min(1).max(100)).default(20),
    offset: QueryIntegerSchema.default(0),
    order: z.enum(["name", "-name", "handle", "-handle", "created_at", "-created_at"]).default("name"),
  })
  .strict()

/** No parameters: the detail is always the full operator view. */
export const AdminGetProducerGroupParams = z.object({}).strict()

export const AdminApproveProducerGroup = z.object({}).strict()
