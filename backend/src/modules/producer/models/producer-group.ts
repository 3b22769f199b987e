import { model } from "@medusajs/framework/utils"
import Maker from "./maker"
import ProducerGroupAccount from "./producer-group-account"
import ProducerInvite from "./producer-invite"
import ProducerMember from "./producer-member"
import ProducerUpload from "./producer-upload"
import PublicMaker from "./public-maker"
import { ProducerGroupStatus } from "../producer-group-status"

/**
 * A producer group: a village cooperative or workshop that sells through Sipakam. Only active
 * groups are visible in the store; trusted groups publish new products without review.
 * Everything here is public (the store reads it through `fields=*producer_group`); private
 * details live in `producer_group_account`.
 */
const ProducerGroup = model
  .define("producer_group", {
    id: model.id({ prefix: "pgrp" }).primaryKey(),
    handle: model.text(),
    name: model.text().searchable().translatable(),
    province: model.text(),
    village: model.text().nullable(),
    story: model.text().translatable().nullable(),
    logo_url: model.text().nullable(),
    photos: model.array().default([]),
    status: model.enum(Object.values(ProducerGroupStatus)).default("pending"),
    trusted: model.boolean().default(false),
    commission_rate_bps: model.number().default(1500),
    account: model.hasOne(() => ProducerGroupAccount, { mappedBy: "group" }).nullable(),
    members: model.hasMany(() => ProducerMember, { mappedBy: "group" }),
    invites: model.hasMany(() => ProducerInvite, { mappedBy: "group" }),
    makers: model.hasMany(() => Maker, { mappedBy: "group" }),
    public_makers: model.hasMany(() => PublicMaker, { mappedBy: "group" }),
    uploads: model.hasMany(() => ProducerUpload, { mappedBy: "group" }),
  })
  .indexes([
    { on: ["handle"], unique: true, where: "deleted_at IS NULL" },
    { on: ["status"] },
  ])

export default ProducerGroup
