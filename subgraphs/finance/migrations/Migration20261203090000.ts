import { Migration } from '@mikro-orm/migrations';

export class Migration20261203090000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "finance"."financial_statement" add column "updated_at" timestamptz not null default now();`);
    this.addSql(`alter table "finance"."financial_statement" alter column "created_at" type timestamptz using ("created_at"::timestamptz);`);
    this.addSql(`alter table "finance"."financial_statement" alter column "created_at" set default now();`);

    this.addSql(
      `alter table "finance"."membership_fee" add column "created_at" timestamptz not null default now(), add column "updated_at" timestamptz not null default now();`,
    );

    this.addSql(
      `alter table "finance"."project_funding" add column "created_at" timestamptz not null default now(), add column "updated_at" timestamptz not null default now();`,
    );

    this.addSql(
      `alter table "finance"."service_charge" add column "created_at" timestamptz not null default now(), add column "updated_at" timestamptz not null default now();`,
    );

    this.addSql(
      `alter table "finance"."service_cost" add column "created_at" timestamptz not null default now(), add column "updated_at" timestamptz not null default now();`,
    );

    this.addSql(
      `alter table "finance"."stated_total" add column "created_at" timestamptz not null default now(), add column "updated_at" timestamptz not null default now();`,
    );

    this.addSql(
      `alter table "finance"."statement_line" add column "created_at" timestamptz not null default now(), add column "updated_at" timestamptz not null default now();`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "finance"."financial_statement" drop column "updated_at";`);

    this.addSql(`alter table "finance"."financial_statement" alter column "created_at" drop default;`);
    this.addSql(`alter table "finance"."financial_statement" alter column "created_at" type timestamptz(6) using ("created_at"::timestamptz(6));`);

    this.addSql(`alter table "finance"."membership_fee" drop column "created_at", drop column "updated_at";`);

    this.addSql(`alter table "finance"."project_funding" drop column "created_at", drop column "updated_at";`);

    this.addSql(`alter table "finance"."service_charge" drop column "created_at", drop column "updated_at";`);

    this.addSql(`alter table "finance"."service_cost" drop column "created_at", drop column "updated_at";`);

    this.addSql(`alter table "finance"."stated_total" drop column "created_at", drop column "updated_at";`);

    this.addSql(`alter table "finance"."statement_line" drop column "created_at", drop column "updated_at";`);
  }
}
