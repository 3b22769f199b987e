import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261127205257 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "public_maker" drop constraint if exists "public_maker_handle_unique";`);
    this.addSql(`alter table if exists "public_maker" drop constraint if exists "public_maker_maker_id_unique";`);
    this.addSql(`alter table if exists "producer_member" drop constraint if exists "producer_member_email_unique";`);
    this.addSql(`alter table if exists "producer_invite" drop constraint if exists "producer_invite_token_unique";`);
    this.addSql(`alter table if exists "producer_group_account" drop constraint if exists "producer_group_account_group_id_unique";`);
    this.addSql(`alter table if exists "producer_group" drop constraint if exists "producer_group_handle_unique";`);
    this.addSql(`create table if not exists "producer_group" ("id" text not null, "handle" text not null, "name" text not null, "province" text not null, "village" text null, "story" text null, "logo_url" text null, "photos" text[] not null default '{}', "status" text check ("status" in ('pending', 'active', 'suspended')) not null default 'pending', "trusted" boolean not null default false, "commission_rate_bps" integer not null default 1500, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "producer_group_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_producer_group_deleted_at" ON "producer_group" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_producer_group_handle_unique" ON "producer_group" ("handle") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_producer_group_status" ON "producer_group" ("status") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "maker" ("id" text not null, "first_name" text not null, "last_name" text null, "name_km" text null, "crafts" text[] not null default '{}', "people" text null, "gender" text check ("gender" in ('female', 'male', 'other')) null, "is_living_human_treasure" boolean not null default false, "lht_year" integer null, "story" text null, "portrait_url" text null, "public_profile_consent" boolean not null default false, "consent_recorded_at" timestamptz null, "retired_at" timestamptz null, "group_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "maker_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_maker_group_id" ON "maker" ("group_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_maker_deleted_at" ON "maker" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "producer_group_account" ("id" text not null, "contact_email" text null, "contact_phone" text null, "payout_method" text check ("payout_method" in ('bank_transfer', 'aba', 'wing', 'khqr', 'cash')) not null default 'bank_transfer', "payout_details" jsonb null, "status_reason" text null, "group_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "producer_group_account_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_producer_group_account_group_id_unique" ON "producer_group_account" ("group_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_producer_group_account_deleted_at" ON "producer_group_account" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "producer_invite" ("id" text not null, "email" text not null, "token" text not null, "expires_at" timestamptz not null, "accepted_at" timestamptz null, "group_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "producer_invite_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_producer_invite_group_id" ON "producer_invite" ("group_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_producer_invite_deleted_at" ON "producer_invite" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_producer_invite_token_unique" ON "producer_invite" ("token") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "producer_member" ("id" text not null, "email" text not null, "first_name" text null, "last_name" text null, "phone" text null, "group_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "producer_member_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_producer_member_group_id" ON "producer_member" ("group_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_producer_member_deleted_at" ON "producer_member" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_producer_member_email_unique" ON "producer_member" ("email") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "public_maker" ("id" text not null, "maker_id" text not null, "handle" text null, "display_name" text not null, "story" text null, "portrait_url" text null, "crafts" text[] not null default '{}', "is_living_human_treasure" boolean not null default false, "lht_year" integer null, "has_public_profile" boolean not null default false, "group_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "public_maker_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_public_maker_group_id" ON "public_maker" ("group_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_public_maker_deleted_at" ON "public_maker" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_public_maker_maker_id_unique" ON "public_maker" ("maker_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_public_maker_handle_unique" ON "public_maker" ("handle") WHERE deleted_at IS NULL AND handle IS NOT NULL;`);

    this.addSql(`alter table if exists "maker" add constraint "maker_group_id_foreign" foreign key ("group_id") references "producer_group" ("id") on update cascade;`);

    this.addSql(`alter table if exists "producer_group_account" add constraint "producer_group_account_group_id_foreign" foreign key ("group_id") references "producer_group" ("id") on update cascade;`);

    this.addSql(`alter table if exists "producer_invite" add constraint "producer_invite_group_id_foreign" foreign key ("group_id") references "producer_group" ("id") on update cascade;`);

    this.addSql(`alter table if exists "producer_member" add constraint "producer_member_group_id_foreign" foreign key ("group_id") references "producer_group" ("id") on update cascade;`);

    this.addSql(`alter table if exists "public_maker" add constraint "public_maker_group_id_foreign" foreign key ("group_id") references "producer_group" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "maker" drop constraint if exists "maker_group_id_foreign";`);

    this.addSql(`alter table if exists "producer_group_account" drop constraint if exists "producer_group_account_group_id_foreign";`);

    this.addSql(`alter table if exists "producer_invite" drop constraint if exists "producer_invite_group_id_foreign";`);

    this.addSql(`alter table if exists "producer_member" drop constraint if exists "producer_member_group_id_foreign";`);

    this.addSql(`alter table if exists "public_maker" drop constraint if exists "public_maker_group_id_foreign";`);

    this.addSql(`drop table if exists "producer_group" cascade;`);

    this.addSql(`drop table if exists "maker" cascade;`);

    this.addSql(`drop table if exists "producer_group_account" cascade;`);

    this.addSql(`drop table if exists "producer_invite" cascade;`);

    this.addSql(`drop table if exists "producer_member" cascade;`);

    this.addSql(`drop table if exists "public_maker" cascade;`);
  }

}
