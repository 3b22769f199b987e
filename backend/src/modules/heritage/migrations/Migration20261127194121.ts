import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261127194121 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table if not exists "heritage_profile" ("id" text not null, "craft" text not null, "technique" text null, "materials" text[] not null default '{}', "natural_dyes" text[] not null default '{}', "province" text not null, "people" text null, "cultural_significance" text null, "hours_to_make" integer null, "care" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "heritage_profile_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_heritage_profile_deleted_at" ON "heritage_profile" ("deleted_at") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "heritage_profile" cascade;`);
  }

}
