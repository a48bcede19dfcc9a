import { Migration } from '@mikro-orm/migrations';

export class Migration20261203090000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table "services"."management_partner" add column "created_at" timestamptz not null default now(), add column "updated_at" timestamptz not null default now();`,
    );

    this.addSql(`alter table "services"."service" alter column "created_at" type timestamptz using ("created_at"::timestamptz);`);
    this.addSql(`alter table "services"."service" alter column "created_at" set default now();`);
    this.addSql(`alter table "services"."service" alter column "updated_at" type timestamptz using ("updated_at"::timestamptz);`);
    this.addSql(`alter table "services"."service" alter column "updated_at" set default now();`);

    this.addSql(
      `alter table "services"."integration" add column "created_at" timestamptz not null default now(), add column "updated_at" timestamptz not null default now();`,
    );

    this.addSql(
      `alter table "services"."council" add column "created_at" timestamptz not null default now(), add column "updated_at" timestamptz not null default now();`,
    );

    this.addSql(
      `alter table "services"."council_seat" add column "created_at" timestamptz not null default now(), add column "updated_at" timestamptz not null default now();`,
    );

    this.addSql(
      `alter table "services"."council_meeting" add column "created_at" timestamptz not null default now(), add column "updated_at" timestamptz not null default now();`,
    );

    this.addSql(`alter table "services"."subscription" alter column "created_at" type timestamptz using ("created_at"::timestamptz);`);
    this.addSql(`alter table "services"."subscription" alter column "created_at" set default now();`);
    this.addSql(`alter table "services"."subscription" alter column "updated_at" type timestamptz using ("updated_at"::timestamptz);`);
    this.addSql(`alter table "services"."subscription" alter column "updated_at" set default now();`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "services"."council" drop column "created_at", drop column "updated_at";`);

    this.addSql(`alter table "services"."council_meeting" drop column "created_at", drop column "updated_at";`);

    this.addSql(`alter table "services"."council_seat" drop column "created_at", drop column "updated_at";`);

    this.addSql(`alter table "services"."integration" drop column "created_at", drop column "updated_at";`);

    this.addSql(`alter table "services"."management_partner" drop column "created_at", drop column "updated_at";`);

    this.addSql(`alter table "services"."service" alter column "created_at" drop default;`);
    this.addSql(`alter table "services"."service" alter column "created_at" type timestamptz(6) using ("created_at"::timestamptz(6));`);
    this.addSql(`alter table "services"."service" alter column "updated_at" drop default;`);
    this.addSql(`alter table "services"."service" alter column "updated_at" type timestamptz(6) using ("updated_at"::timestamptz(6));`);

    this.addSql(`alter table "services"."subscription" alter column "created_at" drop default;`);
    this.addSql(`alter table "services"."subscription" alter column "created_at" type timestamptz(6) using ("created_at"::timestamptz(6));`);
    this.addSql(`alter table "services"."subscription" alter column "updated_at" drop default;`);
    this.addSql(`alter table "services"."subscription" alter column "updated_at" type timestamptz(6) using ("updated_at"::timestamptz(6));`);
  }
}
