import { Migration } from '@mikro-orm/migrations';

export class Migration20261203100000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "finance"."accounts_table" ("id" uuid not null, "kind" text check ("kind" in ('BALANCE_SHEET', 'NOTE', 'APPROPRIATION')) not null, "number" int null, "title" text not null, "original_title" text not null, "year" int not null, "document" text not null, "source" text check ("source" in ('SEED', 'DEMO', 'ENTERED')) not null default 'SEED', constraint "accounts_table_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "accounts_table_year_index" on "finance"."accounts_table" ("year");`);
    this.addSql(`alter table "finance"."accounts_table" add constraint "accounts_table_kind_number_year_unique" unique ("kind", "number", "year");`);

    this.addSql(
      `create table "finance"."accounts_table_line" ("id" uuid not null, "table_id" uuid not null, "position" int not null, "label" text not null, "original_label" text not null, "groups" text[] not null, "amount_ore" bigint null, "people" int null, constraint "accounts_table_line_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "accounts_table_line_table_id_index" on "finance"."accounts_table_line" ("table_id");`);

    this.addSql(
      `create table "finance"."accounts_table_total" ("id" uuid not null, "table_id" uuid not null, "group" text not null, "amount_ore" bigint not null, constraint "accounts_table_total_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "accounts_table_total_table_id_index" on "finance"."accounts_table_total" ("table_id");`);

    this.addSql(
      `alter table "finance"."accounts_table_line" add constraint "accounts_table_line_table_id_foreign" foreign key ("table_id") references "finance"."accounts_table" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "finance"."accounts_table_total" add constraint "accounts_table_total_table_id_foreign" foreign key ("table_id") references "finance"."accounts_table" ("id") on update cascade on delete cascade;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "finance"."accounts_table_line" drop constraint "accounts_table_line_table_id_foreign";`);

    this.addSql(`alter table "finance"."accounts_table_total" drop constraint "accounts_table_total_table_id_foreign";`);

    this.addSql(`drop table if exists "finance"."accounts_table" cascade;`);

    this.addSql(`drop table if exists "finance"."accounts_table_line" cascade;`);

    this.addSql(`drop table if exists "finance"."accounts_table_total" cascade;`);
  }
}
