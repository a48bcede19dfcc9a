import type { MigrationObject } from '@mikro-orm/core';
import { Migration } from '@mikro-orm/migrations';

/** The audit_record table every subgraph keeps in its own schema (see audit.ts); run after the subgraph's own migrations. */
class AuditRecordMigration extends Migration {
  override async up(): Promise<void> {
    const table = `"${this.config.get('schema')}"."audit_record"`;
    this.addSql(
      `create table if not exists ${table} ("id" uuid not null, "at" timestamptz not null, "subject" text null, "role" text not null, "operation" text not null, "entity_type" text not null, "entity_id" text not null, "change" text check ("change" in ('CREATED', 'UPDATED', 'DELETED')) not null, "summary" text not null, constraint "audit_record_pkey" primary key ("id"));`,
    );
    this.addSql(`create index if not exists "audit_record_entity_id_index" on ${table} ("entity_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "${this.config.get('schema')}"."audit_record" cascade;`);
  }
}

export const auditRecordMigration: MigrationObject = { name: 'AuditRecordMigration20261125', class: AuditRecordMigration };
