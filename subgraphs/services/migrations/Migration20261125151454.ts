import { Migration } from '@mikro-orm/migrations';

export class Migration20261125151454 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create schema if not exists "services";`);
    this.addSql(
      `create table "services"."management_partner" ("id" uuid not null, "name" text not null, "description" text not null, "source" text check ("source" in ('SEED', 'DEMO', 'ENTERED')) not null default 'ENTERED', constraint "management_partner_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "services"."management_partner" add constraint "management_partner_name_unique" unique ("name");`);

    this.addSql(
      `create table "services"."service" ("id" uuid not null, "slug" text not null, "name" text not null, "description" text not null, "area" text check ("area" in ('SCHOOL', 'SOCIAL_SERVICES', 'LIBRARIES', 'CITY_ENVIRONMENT', 'GUARDIANSHIP', 'CONTACT_CENTRE')) not null, "status" text check ("status" in ('PLANNED', 'ACTIVE', 'RETIRED')) not null, "started_on" date not null, "retired_on" date null, "licence" text null, "partner_id" uuid null, "variants" text[] not null, "source" text check ("source" in ('SEED', 'DEMO', 'ENTERED')) not null default 'ENTERED', "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "service_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "services"."service" add constraint "service_slug_unique" unique ("slug");`);
    this.addSql(`alter table "services"."service" add constraint "service_name_unique" unique ("name");`);
    this.addSql(`create index "service_partner_id_index" on "services"."service" ("partner_id");`);

    this.addSql(
      `create table "services"."integration" ("id" uuid not null, "service_id" uuid not null, "method" text check ("method" in ('WEB_SERVICE', 'WEB_CLIENT', 'EMAIL', 'NATIONAL_SERVICE')) not null, "system" text null, "member_id" uuid null, "description" text not null, "source" text check ("source" in ('SEED', 'DEMO', 'ENTERED')) not null default 'ENTERED', constraint "integration_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "integration_service_id_index" on "services"."integration" ("service_id");`);

    this.addSql(`create table "services"."council" ("id" uuid not null, "service_id" uuid not null, constraint "council_pkey" primary key ("id"));`);
    this.addSql(`alter table "services"."council" add constraint "council_service_id_unique" unique ("service_id");`);

    this.addSql(
      `create table "services"."council_seat" ("id" uuid not null, "council_id" uuid not null, "member_id" uuid not null, "person" text not null, "role" text check ("role" in ('CHAIR', 'MEMBER')) not null, "from" date not null, "to" date null, "source" text check ("source" in ('SEED', 'DEMO', 'ENTERED')) not null default 'ENTERED', constraint "council_seat_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "council_seat_council_id_index" on "services"."council_seat" ("council_id");`);
    this.addSql(`create index "council_seat_member_id_index" on "services"."council_seat" ("member_id");`);

    this.addSql(
      `create table "services"."council_meeting" ("id" uuid not null, "council_id" uuid not null, "held_on" date not null, "note" text null, "source" text check ("source" in ('SEED', 'DEMO', 'ENTERED')) not null default 'ENTERED', constraint "council_meeting_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "services"."council_meeting" add constraint "council_meeting_council_id_held_on_unique" unique ("council_id", "held_on");`);

    this.addSql(
      `create table "services"."subscription" ("id" uuid not null, "service_id" uuid not null, "member_id" uuid not null, "variant" text null, "from" date not null, "to" date null, "source" text check ("source" in ('SEED', 'DEMO', 'ENTERED')) not null default 'ENTERED', "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "subscription_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "subscription_service_id_index" on "services"."subscription" ("service_id");`);
    this.addSql(`create index "subscription_member_id_index" on "services"."subscription" ("member_id");`);

    this.addSql(
      `alter table "services"."service" add constraint "service_partner_id_foreign" foreign key ("partner_id") references "services"."management_partner" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "services"."integration" add constraint "integration_service_id_foreign" foreign key ("service_id") references "services"."service" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "services"."council" add constraint "council_service_id_foreign" foreign key ("service_id") references "services"."service" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "services"."council_seat" add constraint "council_seat_council_id_foreign" foreign key ("council_id") references "services"."council" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "services"."council_meeting" add constraint "council_meeting_council_id_foreign" foreign key ("council_id") references "services"."council" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "services"."subscription" add constraint "subscription_service_id_foreign" foreign key ("service_id") references "services"."service" ("id") on update cascade;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "services"."service" drop constraint "service_partner_id_foreign";`);

    this.addSql(`alter table "services"."integration" drop constraint "integration_service_id_foreign";`);

    this.addSql(`alter table "services"."council" drop constraint "council_service_id_foreign";`);

    this.addSql(`alter table "services"."subscription" drop constraint "subscription_service_id_foreign";`);

    this.addSql(`alter table "services"."council_seat" drop constraint "council_seat_council_id_foreign";`);

    this.addSql(`alter table "services"."council_meeting" drop constraint "council_meeting_council_id_foreign";`);

    this.addSql(`drop table if exists "services"."management_partner" cascade;`);

    this.addSql(`drop table if exists "services"."service" cascade;`);

    this.addSql(`drop table if exists "services"."integration" cascade;`);

    this.addSql(`drop table if exists "services"."council" cascade;`);

    this.addSql(`drop table if exists "services"."council_seat" cascade;`);

    this.addSql(`drop table if exists "services"."council_meeting" cascade;`);

    this.addSql(`drop table if exists "services"."subscription" cascade;`);

    this.addSql(`drop schema if exists "services";`);
  }
}
