import { Migration } from '@mikro-orm/migrations';

export class Migration20261125152012 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "membership"."audit_record" ("id" uuid not null, "at" timestamptz not null, "subject" text null, "role" text not null, "operation" text not null, "entity_type" text not null, "entity_id" text not null, "change" text check ("change" in ('CREATED', 'UPDATED', 'DELETED')) not null, "summary" text not null, constraint "audit_record_pkey" primary key ("id"));`);
    this.addSql(`create index "audit_record_entity_id_index" on "membership"."audit_record" ("entity_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "membership"."audit_record" cascade;`);
  }

}
