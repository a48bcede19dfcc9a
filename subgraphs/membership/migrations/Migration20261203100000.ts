import { Migration } from '@mikro-orm/migrations';

export class Migration20261203100000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "membership"."association" ("id" uuid not null, "name" text not null, "short_name" text not null, "organisation_number" text not null, "seat" text not null, "network_since" int not null, "association_since" int not null, "vision" text not null, "mission" text not null, constraint "association_pkey" primary key ("id"));`,
    );

    this.addSql(
      `create table "membership"."board_term" ("id" uuid not null, "elected_on" date not null, "elected_at" text not null, "ended_on" date null, "serves_until" text not null, "last_recorded_on" date not null, "report_year" int not null, "minuted_meetings" int null, "source" text check ("source" in ('SEED', 'DEMO', 'ENTERED')) not null default 'SEED', constraint "board_term_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "membership"."board_term" add constraint "board_term_elected_on_unique" unique ("elected_on");`);

    this.addSql(
      `create table "membership"."office" ("id" uuid not null, "role" text check ("role" in ('EXECUTIVE_OFFICER', 'EMPLOYEE', 'BOARD_SECRETARY', 'NOMINATING_COMMITTEE', 'AUDITOR', 'DEPUTY_AUDITOR', 'SECRETARIAT_AND_ACCOUNTING')) not null, "holder" text null, "organisation" text null, "duties" text not null, "status" text check ("status" in ('HELD', 'VACANT', 'PLANNED')) not null, "from" date not null, "to" date null, "source" text check ("source" in ('SEED', 'DEMO', 'ENTERED')) not null default 'SEED', constraint "office_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "office_role_index" on "membership"."office" ("role");`);

    this.addSql(`alter table "membership"."board_assignment" add column "end_reason" text null, add column "term_id" uuid null;`);
    this.addSql(
      `alter table "membership"."board_assignment" add constraint "board_assignment_term_id_foreign" foreign key ("term_id") references "membership"."board_term" ("id") on update cascade on delete set null;`,
    );
    this.addSql(`create index "board_assignment_term_id_index" on "membership"."board_assignment" ("term_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "membership"."board_assignment" drop constraint "board_assignment_term_id_foreign";`);

    this.addSql(`drop table if exists "membership"."association" cascade;`);

    this.addSql(`drop table if exists "membership"."board_term" cascade;`);

    this.addSql(`drop table if exists "membership"."office" cascade;`);

    this.addSql(`drop index "membership"."board_assignment_term_id_index";`);
    this.addSql(`alter table "membership"."board_assignment" drop column "end_reason", drop column "term_id";`);
  }
}
