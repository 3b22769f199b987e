import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261207113325 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "idempotency_key" drop constraint if exists "idempotency_key_request_unique";`);
    this.addSql(`create table if not exists "idempotency_key" ("id" text not null, "actor_id" text not null, "request_method" text not null, "request_path" text not null, "key" text not null, "fingerprint" text not null, "state" text check ("state" in ('in_progress', 'completed')) not null default 'in_progress', "response_status" integer null, "response_body" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "idempotency_key_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_idempotency_key_deleted_at" ON "idempotency_key" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_idempotency_key_request_unique" ON "idempotency_key" ("actor_id", "request_method", "request_path", "key") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "idempotency_key" cascade;`);
  }

}
