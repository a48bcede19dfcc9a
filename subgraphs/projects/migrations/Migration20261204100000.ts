import { Migration } from '@mikro-orm/migrations';
import { periodExclusion } from '../../shared/domain/periods';

/**
 * Partners become records with roles on projects and networks (the free-text `partners` of each becomes a COLLABORATOR
 * role of a partner of that name, kind OTHER), and seminars become events organised by Sambruk, a member, a partner or others.
 */
export class Migration20261204100000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "projects"."partner" ("id" uuid not null default gen_random_uuid(), "name" text not null, "kind" text check ("kind" in ('AUTHORITY', 'ASSOCIATION', 'COMPANY', 'FOUNDATION', 'UNIVERSITY', 'NETWORK', 'OTHER')) not null, "organisation_number" text null, "website" text null, "description" text not null, "member_id" uuid null, "source" text check ("source" in ('SEED', 'DEMO', 'ENTERED')) not null default 'ENTERED', "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), constraint "partner_pkey" primary key ("id"), constraint "partner_name_unique" unique ("name"), constraint "partner_organisation_number_unique" unique ("organisation_number"));`,
    );
    this.addSql(`create index "partner_kind_index" on "projects"."partner" ("kind");`);
    this.addSql(`create index "partner_member_id_index" on "projects"."partner" ("member_id");`);
    for (const parent of ['project', 'network']) this.createRoleTable(parent);
    this.moveFreeTextPartners();
    this.seminarsBecomeEvents();
  }

  private createRoleTable(parent: string): void {
    const table = `"projects"."${parent}_partner_role"`;
    this.addSql(
      `create table ${table} ("id" uuid not null default gen_random_uuid(), "partner_id" uuid not null, "${parent}_id" uuid not null, "role" text check ("role" in ('MANAGEMENT', 'SUPPLIER', 'DEVELOPER', 'FUNDER', 'COLLABORATOR', 'PARTICIPANT')) not null, "from" date null, "to" date null, "source" text check ("source" in ('SEED', 'DEMO', 'ENTERED')) not null default 'ENTERED', "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), constraint "${parent}_partner_role_pkey" primary key ("id"), constraint "${parent}_partner_role_partner_id_foreign" foreign key ("partner_id") references "projects"."partner" ("id") on update cascade on delete cascade, constraint "${parent}_partner_role_${parent}_id_foreign" foreign key ("${parent}_id") references "projects"."${parent}" ("id") on update cascade on delete cascade);`,
    );
    this.addSql(`create index "${parent}_partner_role_partner_id_index" on ${table} ("partner_id");`);
    this.addSql(`create index "${parent}_partner_role_${parent}_id_index" on ${table} ("${parent}_id");`);
    this.addSql(periodExclusion(table, `${parent}_partner_role_no_overlap`, [`${parent}_id`, 'partner_id', 'role']));
  }

  private moveFreeTextPartners(): void {
    this.addSql(
      `insert into "projects"."partner" ("name", "kind", "description") select distinct "name", 'OTHER', '' from (select unnest("partners") as "name" from "projects"."project" union select unnest("partners") from "projects"."network") as "named";`,
    );
    for (const parent of ['project', 'network']) {
      this.addSql(
        `insert into "projects"."${parent}_partner_role" ("partner_id", "${parent}_id", "role", "source") select "p"."id", "x"."id", 'COLLABORATOR', "x"."source" from "projects"."${parent}" as "x" cross join unnest("x"."partners") as "named"("name") join "projects"."partner" as "p" on "p"."name" = "named"."name";`,
      );
      this.addSql(`alter table "projects"."${parent}" drop column "partners";`);
    }
  }

  private seminarsBecomeEvents(): void {
    this.addSql(`alter table "projects"."seminar" rename to "event";`);
    this.addSql(`alter table "projects"."event" rename column "organiser_id" to "organiser_member_id";`);
    this.addSql(`alter index "projects"."seminar_held_on_index" rename to "event_held_on_index";`);
    this.addSql(`alter index "projects"."seminar_network_id_index" rename to "event_network_id_index";`);
    this.addSql(`alter index "projects"."seminar_organiser_id_index" rename to "event_organiser_member_id_index";`);
    this.addSql(`alter table "projects"."event" rename constraint "seminar_pkey" to "event_pkey";`);
    this.addSql(`alter table "projects"."event" rename constraint "seminar_network_id_foreign" to "event_network_id_foreign";`);
    this.addSql(`alter table "projects"."event" rename constraint "seminar_format_check" to "event_format_check";`);
    this.addSql(`alter table "projects"."event" rename constraint "seminar_source_check" to "event_source_check";`);
    this.addSql(
      `alter table "projects"."event" add column "kind" text check ("kind" in ('CONFERENCE', 'SEMINAR', 'WORKSHOP', 'INSPIRATION_DAY')) not null default 'SEMINAR', add column "place" text null, add column "organiser_kind" text check ("organiser_kind" in ('ASSOCIATION', 'MEMBER', 'PARTNER', 'OTHER')) not null default 'MEMBER', add column "organiser_partner_id" uuid null, add column "organiser_name" text null, add column "sambruk_role" text check ("sambruk_role" in ('HOST', 'CO_ORGANISER', 'SPEAKER', 'EXHIBITOR')) not null default 'CO_ORGANISER';`,
    );
    this.addSql(
      `alter table "projects"."event" alter column "kind" drop default, alter column "organiser_kind" drop default, alter column "sambruk_role" drop default;`,
    );
    this.addSql(`alter table "projects"."event" alter column "organiser_member_id" drop not null, alter column "attendees" drop not null;`);
    this.addSql(
      `alter table "projects"."event" add constraint "event_organiser_partner_id_foreign" foreign key ("organiser_partner_id") references "projects"."partner" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(`create index "event_kind_index" on "projects"."event" ("kind");`);
    this.addSql(`create index "event_organiser_kind_index" on "projects"."event" ("organiser_kind");`);
    this.addSql(`create index "event_organiser_partner_id_index" on "projects"."event" ("organiser_partner_id");`);
    this.addSql(
      `alter table "projects"."event" add constraint "event_organiser_check" check (("organiser_kind" = 'MEMBER') = ("organiser_member_id" is not null) and ("organiser_kind" = 'PARTNER') = ("organiser_partner_id" is not null) and ("organiser_kind" = 'OTHER' or "organiser_name" is null));`,
    );
  }

  /** Back to free-text partners (their names, roles lost) and member-organised seminars (events organised otherwise are dropped). */
  override async down(): Promise<void> {
    for (const parent of ['project', 'network']) {
      this.addSql(`alter table "projects"."${parent}" add column "partners" text[] not null default '{}';`);
      this.addSql(
        `update "projects"."${parent}" as "x" set "partners" = coalesce((select array_agg(distinct "p"."name" order by "p"."name") from "projects"."${parent}_partner_role" as "r" join "projects"."partner" as "p" on "p"."id" = "r"."partner_id" where "r"."${parent}_id" = "x"."id"), '{}');`,
      );
      this.addSql(`alter table "projects"."${parent}" alter column "partners" drop default;`);
      this.addSql(`drop table "projects"."${parent}_partner_role";`);
    }
    this.addSql(`delete from "projects"."event" where "organiser_kind" <> 'MEMBER';`);
    this.addSql(`update "projects"."event" set "attendees" = 0 where "attendees" is null;`);
    this.addSql(
      `alter table "projects"."event" drop constraint "event_organiser_check", drop constraint "event_organiser_partner_id_foreign", drop column "kind", drop column "place", drop column "organiser_kind", drop column "organiser_partner_id", drop column "organiser_name", drop column "sambruk_role";`,
    );
    this.addSql(`alter table "projects"."event" alter column "organiser_member_id" set not null, alter column "attendees" set not null;`);
    this.addSql(`alter table "projects"."event" rename column "organiser_member_id" to "organiser_id";`);
    this.addSql(`alter index "projects"."event_held_on_index" rename to "seminar_held_on_index";`);
    this.addSql(`alter index "projects"."event_network_id_index" rename to "seminar_network_id_index";`);
    this.addSql(`alter index "projects"."event_organiser_member_id_index" rename to "seminar_organiser_id_index";`);
    this.addSql(`alter table "projects"."event" rename constraint "event_pkey" to "seminar_pkey";`);
    this.addSql(`alter table "projects"."event" rename constraint "event_network_id_foreign" to "seminar_network_id_foreign";`);
    this.addSql(`alter table "projects"."event" rename constraint "event_format_check" to "seminar_format_check";`);
    this.addSql(`alter table "projects"."event" rename constraint "event_source_check" to "seminar_source_check";`);
    this.addSql(`alter table "projects"."event" rename to "seminar";`);
    this.addSql(`drop table "projects"."partner";`);
  }
}
