import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261208005632 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "company_invite" drop constraint if exists "company_invite_token_hash_unique";`);
    this.addSql(`alter table if exists "company_buyer" drop constraint if exists "company_buyer_customer_id_unique";`);
    this.addSql(`create table if not exists "company" ("id" text not null, "legal_name" text not null, "trading_name" text null, "kind" text check ("kind" in ('hotel', 'shop')) not null, "tax_number" text not null, "contact_email" text not null, "contact_phone" text not null, "status" text check ("status" in ('applied', 'approved', 'rejected', 'suspended')) not null default 'applied', "status_reason" text null, "payment_terms_days" integer null, "credit_limit" integer not null default 0, "currency_code" text not null default 'usd', "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "company_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_company_deleted_at" ON "company" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_company_status" ON "company" ("status") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "company_buyer" ("id" text not null, "customer_id" text not null, "role" text check ("role" in ('admin', 'buyer')) not null default 'buyer', "company_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "company_buyer_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_company_buyer_company_id" ON "company_buyer" ("company_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_company_buyer_deleted_at" ON "company_buyer" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_company_buyer_customer_id_unique" ON "company_buyer" ("customer_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "company_invite" ("id" text not null, "email" text not null, "role" text check ("role" in ('admin', 'buyer')) not null default 'buyer', "token_hash" text not null, "expires_at" timestamptz not null, "accepted_at" timestamptz null, "company_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "company_invite_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_company_invite_company_id" ON "company_invite" ("company_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_company_invite_deleted_at" ON "company_invite" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_company_invite_token_hash_unique" ON "company_invite" ("token_hash") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "outlet" ("id" text not null, "name" text not null, "address_1" text not null, "address_2" text null, "city" text not null, "province" text not null, "postal_code" text null, "phone" text null, "company_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "outlet_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_outlet_company_id" ON "outlet" ("company_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_outlet_deleted_at" ON "outlet" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "company_buyer" add constraint "company_buyer_company_id_foreign" foreign key ("company_id") references "company" ("id") on update cascade;`);

    this.addSql(`alter table if exists "company_invite" add constraint "company_invite_company_id_foreign" foreign key ("company_id") references "company" ("id") on update cascade;`);

    this.addSql(`alter table if exists "outlet" add constraint "outlet_company_id_foreign" foreign key ("company_id") references "company" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "company_buyer" drop constraint if exists "company_buyer_company_id_foreign";`);

    this.addSql(`alter table if exists "company_invite" drop constraint if exists "company_invite_company_id_foreign";`);

    this.addSql(`alter table if exists "outlet" drop constraint if exists "outlet_company_id_foreign";`);

    this.addSql(`drop table if exists "company" cascade;`);

    this.addSql(`drop table if exists "company_buyer" cascade;`);

    this.addSql(`drop table if exists "company_invite" cascade;`);

    this.addSql(`drop table if exists "outlet" cascade;`);
  }

}
