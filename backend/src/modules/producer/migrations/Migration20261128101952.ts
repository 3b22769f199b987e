import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261128101952 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "public_maker" add column if not exists "is_retired" boolean not null default false;`);
    // Makers retired before the projection carried it.
    this.addSql(`update "public_maker" set "is_retired" = true from "maker" where "maker"."id" = "public_maker"."maker_id" and "maker"."retired_at" is not null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "public_maker" drop column if exists "is_retired";`);
  }

}
