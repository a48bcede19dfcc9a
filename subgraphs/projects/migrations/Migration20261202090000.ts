import { Migration } from '@mikro-orm/migrations';

/**
 * A campaign's `ended_on` becomes the first day it no longer runs, as every other end date of the
 * hub (half-open periods); it was the campaign's last day, so each stored one moves a day later.
 */
export class Migration20261202090000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`update "projects"."campaign" set "ended_on" = "ended_on" + 1;`);
  }

  override async down(): Promise<void> {
    this.addSql(`update "projects"."campaign" set "ended_on" = "ended_on" - 1;`);
  }
}
