import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261207011201 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "producer_upload" drop constraint if exists "producer_upload_file_id_unique";`);
    this.addSql(`create table if not exists "producer_upload" ("id" text not null, "file_id" text not null, "url" text not null, "size_bytes" integer not null, "group_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "producer_upload_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_producer_upload_group_id" ON "producer_upload" ("group_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_producer_upload_deleted_at" ON "producer_upload" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_producer_upload_file_id_unique" ON "producer_upload" ("file_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_producer_upload_group_id_url" ON "producer_upload" ("group_id", "url") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "producer_upload" add constraint "producer_upload_group_id_foreign" foreign key ("group_id") references "producer_group" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "producer_upload" cascade;`);
  }

}
