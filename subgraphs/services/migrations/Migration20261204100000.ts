import { Migration } from '@mikro-orm/migrations';
import { periodExclusion } from '../../shared/domain/periods';

/**
 * A service's management partner becomes a MANAGEMENT role of a partner owned by the projects subgraph (same id: the seed
 * gives both the id of `partner:<key>`), and the management_partner table goes.
 */
export class Migration20261204100000 extends Migration {
  override async up(): Promise<void> {
    const table = '"services"."service_partner_role"';
    this.addSql(
      `create table ${table} ("id" uuid not null default gen_random_uuid(), "service_id" uuid not null, "partner_id" uuid not null, "role" text check ("role" in ('MANAGEMENT', 'SUPPLIER', 'DEVELOPER', 'FUNDER', 'COLLABORATOR', 'PARTICIPANT')) not null, "from" date null, "to" date null, "source" text check ("source" in ('SEED', 'DEMO', 'ENTERED')) not null default 'ENTERED', "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), constraint "service_partner_role_pkey" primary key ("id"), constraint "service_partner_role_service_id_foreign" foreign key ("service_id") references "services"."service" ("id") on update cascade on delete cascade);`,
    );
    this.addSql(`create index "service_partner_role_service_id_index" on ${table} ("service_id");`);
    this.addSql(`create index "service_partner_role_partner_id_index" on ${table} ("partner_id");`);
    this.addSql(periodExclusion(table, 'service_partner_role_no_overlap', ['service_id', 'partner_id', 'role']));
    this.addSql(
      `insert into ${table} ("service_id", "partner_id", "role", "source") select "id", "partner_id", 'MANAGEMENT', "source" from "services"."service" where "partner_id" is not null;`,
    );
    this.addSql(`alter table "services"."service" drop constraint "service_partner_id_foreign";`);
    this.addSql(`alter table "services"."service" drop column "partner_id";`);
    this.addSql(`drop table "services"."management_partner";`);
  }

  /** Back to one management partner per service, named by its id only (the names live in the projects subgraph now). */
  override async down(): Promise<void> {
    this.addSql(
      `create table "services"."management_partner" ("id" uuid not null, "name" text not null, "description" text not null, "source" text check ("source" in ('SEED', 'DEMO', 'ENTERED')) not null default 'ENTERED', "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), constraint "management_partner_pkey" primary key ("id"), constraint "management_partner_name_unique" unique ("name"));`,
    );
    this.addSql(
      `insert into "services"."management_partner" ("id", "name", "description", "source") select distinct "partner_id", "partner_id"::text, '', 'ENTERED' from "services"."service_partner_role" where "role" = 'MANAGEMENT';`,
    );
    this.addSql(`alter table "services"."service" add column "partner_id" uuid null;`);
    this.addSql(
      `update "services"."service" as "s" set "partner_id" = (select "partner_id" from "services"."service_partner_role" as "r" where "r"."service_id" = "s"."id" and "r"."role" = 'MANAGEMENT' order by "r"."to" desc nulls first limit 1);`,
    );
    this.addSql(`create index "service_partner_id_index" on "services"."service" ("partner_id");`);
    this.addSql(
      `alter table "services"."service" add constraint "service_partner_id_foreign" foreign key ("partner_id") references "services"."management_partner" ("id") on update cascade on delete set null;`,
    );
    this.addSql(`drop table "services"."service_partner_role";`);
  }
}
