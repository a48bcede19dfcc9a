import { Migration } from '@mikro-orm/migrations';

/** createdAt and updatedAt (price models had createdAt, unexposed and without a default) for the records added by issues 13 and 14; rows already there take the time of this migration. */
export class Migration20261204200000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table "finance"."accounts_table" add column "created_at" timestamptz not null default now(), add column "updated_at" timestamptz not null default now();`,
    );
    this.addSql(
      `alter table "finance"."accounts_table_line" add column "created_at" timestamptz not null default now(), add column "updated_at" timestamptz not null default now();`,
    );
    this.addSql(
      `alter table "finance"."accounts_table_total" add column "created_at" timestamptz not null default now(), add column "updated_at" timestamptz not null default now();`,
    );
    this.addSql(
      `alter table "finance"."billing_run" add column "created_at" timestamptz not null default now(), add column "updated_at" timestamptz not null default now();`,
    );
    this.addSql(
      `alter table "finance"."member_agreement" add column "created_at" timestamptz not null default now(), add column "updated_at" timestamptz not null default now();`,
    );
    this.addSql(`alter table "finance"."price_model" alter column "created_at" set default now(), add column "updated_at" timestamptz not null default now();`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "finance"."accounts_table" drop column "created_at", drop column "updated_at";`);
    this.addSql(`alter table "finance"."accounts_table_line" drop column "created_at", drop column "updated_at";`);
    this.addSql(`alter table "finance"."accounts_table_total" drop column "created_at", drop column "updated_at";`);
    this.addSql(`alter table "finance"."billing_run" drop column "created_at", drop column "updated_at";`);
    this.addSql(`alter table "finance"."member_agreement" drop column "created_at", drop column "updated_at";`);
    this.addSql(`alter table "finance"."price_model" alter column "created_at" drop default, drop column "updated_at";`);
  }
}
