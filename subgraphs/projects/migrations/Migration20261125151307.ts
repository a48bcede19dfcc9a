import { Migration } from '@mikro-orm/migrations';

export class Migration20261125151307 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create schema if not exists "projects";`);
    this.addSql(
      `create table "projects"."network" ("id" uuid not null, "name" text not null, "topic" text not null, "description" text not null, "status" text check ("status" in ('STARTING', 'ACTIVE', 'DORMANT', 'CLOSED')) not null, "started_on" date not null, "partners" text[] not null, "reported_participants" int null, "source" text check ("source" in ('SEED', 'DEMO', 'ENTERED')) not null default 'ENTERED', "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "network_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "projects"."network" add constraint "network_name_unique" unique ("name");`);
    this.addSql(`create index "network_status_index" on "projects"."network" ("status");`);

    this.addSql(
      `create table "projects"."campaign" ("id" uuid not null, "network_id" uuid not null, "name" text not null, "started_on" date not null, "ended_on" date not null, "organisers" int null, "people_reached" int null, "reached_at_least" boolean not null default false, "source" text check ("source" in ('SEED', 'DEMO', 'ENTERED')) not null default 'ENTERED', constraint "campaign_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "campaign_network_id_index" on "projects"."campaign" ("network_id");`);

    this.addSql(
      `create table "projects"."network_participation" ("id" uuid not null, "network_id" uuid not null, "member_id" uuid not null, "from" date not null, "to" date null, "source" text check ("source" in ('SEED', 'DEMO', 'ENTERED')) not null default 'ENTERED', constraint "network_participation_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "network_participation_network_id_index" on "projects"."network_participation" ("network_id");`);
    this.addSql(`create index "network_participation_member_id_index" on "projects"."network_participation" ("member_id");`);

    this.addSql(
      `create table "projects"."project" ("id" uuid not null, "name" text not null, "description" text not null, "phase" text check ("phase" in ('IDEA', 'PRE_STUDY', 'ACTIVE', 'COMPLETED', 'CANCELLED')) not null, "started_on" date null, "partners" text[] not null, "source" text check ("source" in ('SEED', 'DEMO', 'ENTERED')) not null default 'ENTERED', "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "project_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "projects"."project" add constraint "project_name_unique" unique ("name");`);
    this.addSql(`create index "project_phase_index" on "projects"."project" ("phase");`);
    this.addSql(`create index "project_started_on_index" on "projects"."project" ("started_on");`);

    this.addSql(
      `create table "projects"."project_participation" ("id" uuid not null, "project_id" uuid not null, "member_id" uuid not null, "role" text check ("role" in ('LEAD', 'PARTICIPANT', 'CO_FUNDER')) not null, "from" date not null, "to" date null, "source" text check ("source" in ('SEED', 'DEMO', 'ENTERED')) not null default 'ENTERED', constraint "project_participation_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "project_participation_project_id_index" on "projects"."project_participation" ("project_id");`);
    this.addSql(`create index "project_participation_member_id_index" on "projects"."project_participation" ("member_id");`);

    this.addSql(
      `create table "projects"."project_phase_change" ("id" uuid not null, "project_id" uuid not null, "phase" text check ("phase" in ('IDEA', 'PRE_STUDY', 'ACTIVE', 'COMPLETED', 'CANCELLED')) not null, "on" date not null, constraint "project_phase_change_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "project_phase_change_project_id_index" on "projects"."project_phase_change" ("project_id");`);

    this.addSql(
      `create table "projects"."seminar" ("id" uuid not null, "title" text not null, "held_on" date not null, "format" text check ("format" in ('DIGITAL', 'ON_SITE')) not null, "network_id" uuid null, "organiser_id" uuid not null, "attendees" int not null, "source" text check ("source" in ('SEED', 'DEMO', 'ENTERED')) not null default 'ENTERED', constraint "seminar_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "seminar_held_on_index" on "projects"."seminar" ("held_on");`);
    this.addSql(`create index "seminar_network_id_index" on "projects"."seminar" ("network_id");`);
    this.addSql(`create index "seminar_organiser_id_index" on "projects"."seminar" ("organiser_id");`);

    this.addSql(
      `alter table "projects"."campaign" add constraint "campaign_network_id_foreign" foreign key ("network_id") references "projects"."network" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "projects"."network_participation" add constraint "network_participation_network_id_foreign" foreign key ("network_id") references "projects"."network" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "projects"."project_participation" add constraint "project_participation_project_id_foreign" foreign key ("project_id") references "projects"."project" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "projects"."project_phase_change" add constraint "project_phase_change_project_id_foreign" foreign key ("project_id") references "projects"."project" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "projects"."seminar" add constraint "seminar_network_id_foreign" foreign key ("network_id") references "projects"."network" ("id") on update cascade on delete set null;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "projects"."campaign" drop constraint "campaign_network_id_foreign";`);

    this.addSql(`alter table "projects"."network_participation" drop constraint "network_participation_network_id_foreign";`);

    this.addSql(`alter table "projects"."seminar" drop constraint "seminar_network_id_foreign";`);

    this.addSql(`alter table "projects"."project_participation" drop constraint "project_participation_project_id_foreign";`);

    this.addSql(`alter table "projects"."project_phase_change" drop constraint "project_phase_change_project_id_foreign";`);

    this.addSql(`drop table if exists "projects"."network" cascade;`);

    this.addSql(`drop table if exists "projects"."campaign" cascade;`);

    this.addSql(`drop table if exists "projects"."network_participation" cascade;`);

    this.addSql(`drop table if exists "projects"."project" cascade;`);

    this.addSql(`drop table if exists "projects"."project_participation" cascade;`);

    this.addSql(`drop table if exists "projects"."project_phase_change" cascade;`);

    this.addSql(`drop table if exists "projects"."seminar" cascade;`);

    this.addSql(`drop schema if exists "projects";`);
  }
}
