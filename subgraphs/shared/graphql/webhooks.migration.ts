import type { MigrationObject } from '@mikro-orm/core';
import { Migration } from '@mikro-orm/migrations';

/** The webhook endpoints and delivery log (see webhooks.ts) every subgraph keeps in its own schema; run after the change feed's migration. */
class WebhookMigration extends Migration {
  override async up(): Promise<void> {
    const schema = this.config.get('schema');
    this.addSql(
      `create table if not exists "${schema}"."webhook_delivery" ("id" uuid not null, "endpoint_id" uuid not null, "position" bigint not null, ` +
        `"payload" text not null, "status" text check ("status" in ('PENDING', 'DELIVERED')) not null default 'PENDING', "attempts" int not null default 0, ` +
        `"next_attempt_at" timestamptz not null, "last_status_code" int null, "last_error" text null, "delivered_at" timestamptz null, ` +
        `"created_at" timestamptz not null, constraint "webhook_delivery_pkey" primary key ("id"), ` +
        `constraint "webhook_delivery_endpoint_id_position_unique" unique ("endpoint_id", "position"));`,
    );
    this.addSql(`create index if not exists "webhook_delivery_due_index" on "${schema}"."webhook_delivery" ("status", "next_attempt_at");`);
    this.addSql(
      `create table if not exists "${schema}"."webhook_endpoint" ("id" uuid not null, "url" text not null, "event_types" text[] not null, ` +
        `"secret" text not null, "cursor" bigint not null, "enabled" boolean not null default true, "disabled_reason" text null, ` +
        `"failing_since" timestamptz null, "created_at" timestamptz not null, constraint "webhook_endpoint_pkey" primary key ("id"));`,
    );
  }

  override async down(): Promise<void> {
    const schema = this.config.get('schema');
    this.addSql(`drop table if exists "${schema}"."webhook_delivery" cascade;`);
    this.addSql(`drop table if exists "${schema}"."webhook_endpoint" cascade;`);
  }
}

export const webhookMigration: MigrationObject = { name: 'WebhookMigration20261201', class: WebhookMigration };
