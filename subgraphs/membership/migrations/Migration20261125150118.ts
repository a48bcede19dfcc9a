import { Migration } from '@mikro-orm/migrations';

export class Migration20261125150118 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create schema if not exists "membership";`);
    this.addSql(
      `create table "membership"."member" ("id" uuid not null, "name" text not null, "kind" text check ("kind" in ('MUNICIPALITY', 'REGION', 'COUNTY_COUNCIL', 'MUNICIPAL_FEDERATION', 'ASSOCIATION', 'OTHER')) not null, "organisation_number" text not null, "county" text null, "population" int null, "joined_on" date not null, "left_on" date null, "source" text check ("source" in ('SEED', 'DEMO', 'ENTERED')) not null default 'ENTERED', "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "member_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "membership"."member" add constraint "member_organisation_number_unique" unique ("organisation_number");`);
    this.addSql(`create index "member_county_index" on "membership"."member" ("county");`);

    this.addSql(
      `create table "membership"."board_assignment" ("id" uuid not null, "person" text not null, "member_id" uuid not null, "role" text check ("role" in ('CHAIR', 'VICE_CHAIR', 'ORDINARY', 'DEPUTY')) not null, "from" date not null, "to" date null, "source" text check ("source" in ('SEED', 'DEMO', 'ENTERED')) not null default 'SEED', constraint "board_assignment_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "board_assignment_member_id_index" on "membership"."board_assignment" ("member_id");`);

    this.addSql(
      `create table "membership"."representative" ("id" uuid not null, "member_id" uuid not null, "name" text not null, "role" text not null, "email" text null, "phone" text null, constraint "representative_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "representative_member_id_index" on "membership"."representative" ("member_id");`);

    this.addSql(
      `alter table "membership"."board_assignment" add constraint "board_assignment_member_id_foreign" foreign key ("member_id") references "membership"."member" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "membership"."representative" add constraint "representative_member_id_foreign" foreign key ("member_id") references "membership"."member" ("id") on update cascade on delete cascade;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "membership"."board_assignment" drop constraint "board_assignment_member_id_foreign";`);

    this.addSql(`alter table "membership"."representative" drop constraint "representative_member_id_foreign";`);

    this.addSql(`drop table if exists "membership"."member" cascade;`);

    this.addSql(`drop table if exists "membership"."board_assignment" cascade;`);

    this.addSql(`drop table if exists "membership"."representative" cascade;`);

    this.addSql(`drop schema if exists "membership";`);
  }
}
