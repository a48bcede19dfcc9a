import { Migration } from '@mikro-orm/migrations';

export class Migration20261203100000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "projects"."project" drop constraint if exists "project_phase_check";`);

    this.addSql(`alter table "projects"."project_phase_change" drop constraint if exists "project_phase_change_phase_check";`);

    this.addSql(
      `alter table "projects"."project" add constraint "project_phase_check" check("phase" in ('IDEA', 'PRE_STUDY', 'ACTIVE', 'ON_HOLD', 'COMPLETED', 'CANCELLED'));`,
    );

    this.addSql(
      `alter table "projects"."project_phase_change" add constraint "project_phase_change_phase_check" check("phase" in ('IDEA', 'PRE_STUDY', 'ACTIVE', 'ON_HOLD', 'COMPLETED', 'CANCELLED'));`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "projects"."project" drop constraint if exists "project_phase_check";`);

    this.addSql(`alter table "projects"."project_phase_change" drop constraint if exists "project_phase_change_phase_check";`);

    this.addSql(
      `alter table "projects"."project" add constraint "project_phase_check" check("phase" in ('IDEA', 'PRE_STUDY', 'ACTIVE', 'COMPLETED', 'CANCELLED'));`,
    );

    this.addSql(
      `alter table "projects"."project_phase_change" add constraint "project_phase_change_phase_check" check("phase" in ('IDEA', 'PRE_STUDY', 'ACTIVE', 'COMPLETED', 'CANCELLED'));`,
    );
  }
}
