import { Migration } from '@mikro-orm/migrations';

export class Migration20261203090000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "membership"."member" alter column "created_at" type timestamptz using ("created_at"::timestamptz);`);
    this.addSql(`alter table "membership"."member" alter column "created_at" set default now();`);
    this.addSql(`alter table "membership"."member" alter column "updated_at" type timestamptz using ("updated_at"::timestamptz);`);
    this.addSql(`alter table "membership"."member" alter column "updated_at" set default now();`);

    this.addSql(
      `alter table "membership"."board_assignment" add column "created_at" timestamptz not null default now(), add column "updated_at" timestamptz not null default now();`,
    );

    this.addSql(
      `alter table "membership"."representative" add column "created_at" timestamptz not null default now(), add column "updated_at" timestamptz not null default now();`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "membership"."board_assignment" drop column "created_at", drop column "updated_at";`);

    this.addSql(`alter table "membership"."member" alter column "created_at" drop default;`);
    this.addSql(`alter table "membership"."member" alter column "created_at" type timestamptz(6) using ("created_at"::timestamptz(6));`);
    this.addSql(`alter table "membership"."member" alter column "updated_at" drop default;`);
    this.addSql(`alter table "membership"."member" alter column "updated_at" type timestamptz(6) using ("updated_at"::timestamptz(6));`);

    this.addSql(`alter table "membership"."representative" drop column "created_at", drop column "updated_at";`);
  }
}
