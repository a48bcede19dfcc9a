import { Migration } from '@mikro-orm/migrations';

export class Migration20261203110000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "projects"."goal" ("id" uuid not null, "metric" text check ("metric" in ('MEMBERS', 'MEMBERS_IN_NO_COLLABORATION', 'NEW_PROJECTS', 'NETWORKS_WITH_MEMBERS', 'DIGITAL_SEMINARS', 'NEW_SERVICES')) not null, "description" text not null, "target" int not null, "target_max" int null, "threshold" int null, "year" int not null, "yearly" boolean not null default false, "document" text not null, "quote" text not null, "source" text check ("source" in ('SEED', 'DEMO', 'ENTERED')) not null default 'SEED', constraint "goal_pkey" primary key ("id"));`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "projects"."goal" cascade;`);
  }
}
