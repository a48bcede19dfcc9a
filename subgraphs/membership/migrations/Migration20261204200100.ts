import { Migration } from '@mikro-orm/migrations';
import { CREATE_BTREE_GIST } from '../../shared/platform/database';

/**
 * Members' names and kinds over time: one identity per member to start with, from the day it joined with the name and kind
 * it has now; the database holds that a member's identities never overlap. The foreign key is checked at commit, as a
 * member and its identities are written in one flush in no set order.
 */
export class Migration20261204200100 extends Migration {
  override async up(): Promise<void> {
    for (const sql of CREATE_BTREE_GIST) this.addSql(sql);
    this.addSql(
      `create table "membership"."member_identity" ("id" uuid not null, "member_id" uuid not null, "name" text not null, "kind" text check ("kind" in ('MUNICIPALITY', 'REGION', 'COUNTY_COUNCIL', 'MUNICIPAL_FEDERATION', 'ASSOCIATION', 'OTHER')) not null, "from" date not null, "to" date null, "source" text check ("source" in ('SEED', 'PUBLIC', 'DEMO', 'ENTERED')) not null default 'ENTERED', "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), constraint "member_identity_pkey" primary key ("id"), constraint "member_identity_period_check" check ("to" is null or "to" > "from"));`,
    );
    this.addSql(`create index "member_identity_member_id_index" on "membership"."member_identity" ("member_id");`);
    this.addSql(
      `alter table "membership"."member_identity" add constraint "member_identity_member_id_foreign" foreign key ("member_id") references "membership"."member" ("id") on update cascade on delete cascade deferrable initially deferred;`,
    );
    this.addSql(
      `alter table "membership"."member_identity" add constraint "member_identity_no_overlap" exclude using gist ("member_id" with =, daterange("from", "to") with &&);`,
    );
    this.addSql(`alter table "membership"."member" add column "identity_from" date null;`);
    this.addSql(`update "membership"."member" set "identity_from" = "joined_on";`);
    this.addSql(`alter table "membership"."member" alter column "identity_from" set not null;`);
    this.addSql(
      `insert into "membership"."member_identity" ("id", "member_id", "name", "kind", "from", "to", "source") select gen_random_uuid(), "id", "name", "kind", "joined_on", null, "source" from "membership"."member";`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "membership"."member_identity" cascade;`);
    this.addSql(`alter table "membership"."member" drop column "identity_from";`);
  }
}
