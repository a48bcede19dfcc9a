import { Migration } from '@mikro-orm/migrations';

export class Migration20261203110000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "membership"."member_population" ("id" uuid not null, "member_id" uuid not null, "on" date not null, "population" int not null, "source" text check ("source" in ('SEED', 'DEMO', 'ENTERED')) not null default 'ENTERED', constraint "member_population_pkey" primary key ("id"), constraint member_population_check check (population >= 0));`,
    );
    this.addSql(`alter table "membership"."member_population" add constraint "member_population_member_id_on_unique" unique ("member_id", "on");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "membership"."member_population" cascade;`);
  }
}
