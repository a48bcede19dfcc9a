import { Migration } from '@mikro-orm/migrations';

/**
 * One line per position in a statement. Lines that concurrent additions gave the same position are
 * numbered again first, in their order (position, then id), so every line is kept.
 */
export class Migration20261201090000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`update "finance"."statement_line" line set "position" = numbered."position" from (
      select "id", row_number() over (partition by "statement_id" order by "position", "id")::int as "position" from "finance"."statement_line") numbered
      where numbered."id" = line."id" and numbered."position" <> line."position";`);
    this.addSql(`alter table "finance"."statement_line" add constraint "statement_line_statement_id_position_unique" unique ("statement_id", "position");`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "finance"."statement_line" drop constraint "statement_line_statement_id_position_unique";`);
  }
}
