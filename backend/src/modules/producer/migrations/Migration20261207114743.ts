import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261207114743 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "maker" add column if not exists "consent_recorded_by" text null, add column if not exists "consent_language" text check ("consent_language" in ('en', 'km', 'fr', 'zh', 'ko', 'ja')) null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "maker" drop column if exists "consent_recorded_by", drop column if exists "consent_language";`);
  }

}
