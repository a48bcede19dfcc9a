import { Migration } from '@mikro-orm/migrations';

/** createdAt and updatedAt for the records added by issues 13 and 14; rows already there take the time of this migration. */
export class Migration20261204200000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table "membership"."association" add column "created_at" timestamptz not null default now(), add column "updated_at" timestamptz not null default now();`,
    );
    this.addSql(
      `alter table "membership"."board_term" add column "created_at" timestamptz not null default now(), add column "updated_at" timestamptz not null default now();`,
    );
    this.addSql(
      `alter table "membership"."member_population" add column "created_at" timestamptz not null default now(), add column "updated_at" timestamptz not null default now();`,
    );
    this.addSql(
      `alter table "membership"."office" add column "created_at" timestamptz not null default now(), add column "updated_at" timestamptz not null default now();`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "membership"."association" drop column "created_at", drop column "updated_at";`);
    this.addSql(`alter table "membership"."board_term" drop column "created_at", drop column "updated_at";`);
    this.addSql(`alter table "membership"."member_population" drop column "created_at", drop column "updated_at";`);
    this.addSql(`alter table "membership"."office" drop column "created_at", drop column "updated_at";`);
  }
}
