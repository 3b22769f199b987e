import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261127195354 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "ledger_entry" drop constraint if exists "ledger_entry_idempotency_key_unique";`);
    this.addSql(`create table if not exists "ledger_entry" ("id" text not null, "producer_group_id" text not null, "type" text check ("type" in ('sale', 'commission', 'sale_reversal', 'commission_reversal', 'payout')) not null, "amount" integer not null, "currency_code" text not null, "order_id" text null, "line_item_id" text null, "payout_id" text null, "quantity" integer null, "rate_bps" integer null, "idempotency_key" text not null, "description" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "ledger_entry_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ledger_entry_deleted_at" ON "ledger_entry" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_ledger_entry_idempotency_key_unique" ON "ledger_entry" ("idempotency_key") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ledger_entry_producer_group_id_currency_code" ON "ledger_entry" ("producer_group_id", "currency_code") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ledger_entry_producer_group_id_created_at" ON "ledger_entry" ("producer_group_id", "created_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ledger_entry_order_id" ON "ledger_entry" ("order_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "payout" ("id" text not null, "producer_group_id" text not null, "amount" integer not null, "currency_code" text not null, "method" text check ("method" in ('bank_transfer', 'aba', 'wing', 'khqr', 'cash')) not null, "reference" text null, "note" text null, "paid_at" timestamptz not null, "recorded_by" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "payout_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_payout_deleted_at" ON "payout" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_payout_producer_group_id" ON "payout" ("producer_group_id") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "ledger_entry" cascade;`);

    this.addSql(`drop table if exists "payout" cascade;`);
  }

}
