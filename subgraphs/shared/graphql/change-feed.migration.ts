import type { MigrationObject } from '@mikro-orm/core';
import { Migration } from '@mikro-orm/migrations';

/** The change_event table (the outbox, see change-feed.ts) every subgraph keeps in its own schema; run after the audit records' migration. */
class ChangeEventMigration extends Migration {
  override async up(): Promise<void> {
    const table = `"${this.config.get('schema')}"."change_event"`;
    this.addSql(
      `create table if not exists ${table} ("position" bigserial primary key, "at" timestamptz not null, ` +
        `"entity_type" text not null, "entity_id" text not null, "operation" text check ("operation" in ('CREATED', 'UPDATED', 'DELETED')) not null, ` +
        `"fields" text[] not null, "member_id" uuid null);`,
    );
    this.addSql(`create index if not exists "change_event_member_id_index" on ${table} ("member_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "${this.config.get('schema')}"."change_event" cascade;`);
  }
}

export const changeEventMigration: MigrationObject = { name: 'ChangeEventMigration20261201', class: ChangeEventMigration };
