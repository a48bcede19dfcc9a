import { Migration } from '@mikro-orm/migrations';

export class Migration20261125151709 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create schema if not exists "finance";`);
    this.addSql(
      `create table "finance"."financial_statement" ("id" uuid not null, "kind" text check ("kind" in ('BUDGET', 'ANNUAL_ACCOUNTS')) not null, "year" int not null, "version" text not null, "issued_on" date null, "status" text check ("status" in ('PRELIMINARY', 'ADOPTED')) not null, "document" text null, "source" text check ("source" in ('SEED', 'DEMO', 'ENTERED')) not null default 'ENTERED', "created_at" timestamptz not null, constraint "financial_statement_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "finance"."financial_statement" add constraint "financial_statement_kind_year_version_unique" unique ("kind", "year", "version");`,
    );

    this.addSql(
      `create table "finance"."membership_fee" ("id" uuid not null, "member_id" uuid not null, "year" int not null, "band" text null, "amount_ore" bigint not null, "source" text check ("source" in ('SEED', 'DEMO', 'ENTERED')) not null default 'ENTERED', constraint "membership_fee_pkey" primary key ("id"), constraint membership_fee_check check (amount_ore >= 0));`,
    );
    this.addSql(`alter table "finance"."membership_fee" add constraint "membership_fee_member_id_year_unique" unique ("member_id", "year");`);

    this.addSql(
      `create table "finance"."project_funding" ("id" uuid not null, "project_id" uuid not null, "year" int not null, "kind" text check ("kind" in ('GRANT', 'MEMBER_CONTRIBUTION')) not null, "grantor" text null, "member_id" uuid null, "amount_ore" bigint not null, "note" text null, "source" text check ("source" in ('SEED', 'DEMO', 'ENTERED')) not null default 'ENTERED', constraint "project_funding_pkey" primary key ("id"), constraint project_funding_check check (amount_ore >= 0));`,
    );
    this.addSql(`create index "project_funding_project_id_index" on "finance"."project_funding" ("project_id");`);
    this.addSql(`create index "project_funding_member_id_index" on "finance"."project_funding" ("member_id");`);

    this.addSql(
      `create table "finance"."service_charge" ("id" uuid not null, "member_id" uuid not null, "service_id" uuid not null, "year" int not null, "amount_ore" bigint not null, "note" text null, "source" text check ("source" in ('SEED', 'DEMO', 'ENTERED')) not null default 'ENTERED', constraint "service_charge_pkey" primary key ("id"), constraint service_charge_check check (amount_ore >= 0));`,
    );
    this.addSql(`create index "service_charge_service_id_year_index" on "finance"."service_charge" ("service_id", "year");`);
    this.addSql(
      `alter table "finance"."service_charge" add constraint "service_charge_member_id_service_id_year_unique" unique ("member_id", "service_id", "year");`,
    );

    this.addSql(
      `create table "finance"."service_cost" ("id" uuid not null, "service_id" uuid not null, "year" int not null, "category" text not null, "amount_ore" bigint not null, "note" text null, "source" text check ("source" in ('SEED', 'DEMO', 'ENTERED')) not null default 'ENTERED', constraint "service_cost_pkey" primary key ("id"), constraint service_cost_check check (amount_ore >= 0));`,
    );
    this.addSql(`create index "service_cost_service_id_year_index" on "finance"."service_cost" ("service_id", "year");`);

    this.addSql(
      `create table "finance"."stated_total" ("id" uuid not null, "statement_id" uuid not null, "scope" text check ("scope" in ('INCOME', 'COSTS', 'RESULT', 'SECTION')) not null, "section" text null, "amount_ore" bigint not null, constraint "stated_total_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "stated_total_statement_id_index" on "finance"."stated_total" ("statement_id");`);

    this.addSql(
      `create table "finance"."statement_line" ("id" uuid not null, "statement_id" uuid not null, "position" int not null, "category" text not null, "original_label" text null, "kind" text check ("kind" in ('INCOME', 'COST')) not null, "section" text null, "amount_ore" bigint not null, constraint "statement_line_pkey" primary key ("id"), constraint statement_line_check check (amount_ore >= 0));`,
    );
    this.addSql(`alter table "finance"."statement_line" add constraint "statement_line_statement_id_category_unique" unique ("statement_id", "category");`);

    this.addSql(
      `alter table "finance"."stated_total" add constraint "stated_total_statement_id_foreign" foreign key ("statement_id") references "finance"."financial_statement" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "finance"."statement_line" add constraint "statement_line_statement_id_foreign" foreign key ("statement_id") references "finance"."financial_statement" ("id") on update cascade on delete cascade;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "finance"."stated_total" drop constraint "stated_total_statement_id_foreign";`);

    this.addSql(`alter table "finance"."statement_line" drop constraint "statement_line_statement_id_foreign";`);

    this.addSql(`drop table if exists "finance"."financial_statement" cascade;`);

    this.addSql(`drop table if exists "finance"."membership_fee" cascade;`);

    this.addSql(`drop table if exists "finance"."project_funding" cascade;`);

    this.addSql(`drop table if exists "finance"."service_charge" cascade;`);

    this.addSql(`drop table if exists "finance"."service_cost" cascade;`);

    this.addSql(`drop table if exists "finance"."stated_total" cascade;`);

    this.addSql(`drop table if exists "finance"."statement_line" cascade;`);

    this.addSql(`drop schema if exists "finance";`);
  }
}
