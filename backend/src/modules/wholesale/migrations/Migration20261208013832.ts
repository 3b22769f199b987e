import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261208013832 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "trade_terms" drop constraint if exists "trade_terms_variant_id_unique";`);
    this.addSql(`create table if not exists "trade_terms" ("id" text not null, "variant_id" text not null, "product_id" text not null, "min_quantity" integer not null, "case_pack" integer not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "trade_terms_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_trade_terms_deleted_at" ON "trade_terms" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_trade_terms_variant_id_unique" ON "trade_terms" ("variant_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_trade_terms_product_id" ON "trade_terms" ("product_id") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "trade_terms" cascade;`);
  }

}
