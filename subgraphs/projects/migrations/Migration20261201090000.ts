import { Migration } from '@mikro-orm/migrations';
import { CREATE_BTREE_GIST } from '../../shared/platform/database';

/**
 * The overlap rules held by the database: a member takes part in a project or a network over one
 * period at a time. Exact duplicates that concurrent requests created are removed first.
 */
export class Migration20261201090000 extends Migration {
  override async up(): Promise<void> {
    for (const sql of CREATE_BTREE_GIST) this.addSql(sql);

    this.addSql(
      `delete from "projects"."network_participation" a using "projects"."network_participation" b where a."network_id" = b."network_id" and a."member_id" = b."member_id" and a."from" = b."from" and a."to" is not distinct from b."to" and a."id" > b."id";`,
    );
    this.addSql(
      `delete from "projects"."project_participation" a using "projects"."project_participation" b where a."project_id" = b."project_id" and a."member_id" = b."member_id" and a."role" = b."role" and a."from" = b."from" and a."to" is not distinct from b."to" and a."id" > b."id";`,
    );

    this.addSql(
      `alter table "projects"."network_participation" add constraint "network_participation_no_overlap" exclude using gist ("network_id" with =, "member_id" with =, daterange("from", "to") with &&);`,
    );
    this.addSql(
      `alter table "projects"."project_participation" add constraint "project_participation_no_overlap" exclude using gist ("project_id" with =, "member_id" with =, daterange("from", "to") with &&);`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "projects"."project_participation" drop constraint "project_participation_no_overlap";`);
    this.addSql(`alter table "projects"."network_participation" drop constraint "network_participation_no_overlap";`);
  }
}
