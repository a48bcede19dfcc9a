import { Migration } from '@mikro-orm/migrations';
import { CREATE_BTREE_GIST } from '../../shared/platform/database';

/**
 * The overlap rules held by the database: a member uses a service over one period at a time
 * (whatever the variant), holds one seat at a time on a council, and a council has one chair at a
 * time. Existing rows are brought in line first: exact duplicates that concurrent requests created
 * are removed, and a subscription that was never ended when the member switched variant ends the
 * day the later one begins (when the later one lasts at least as long, so the member's days of use
 * stay the same). Any other overlap stops the migration with PostgreSQL's naming of the two rows.
 */
export class Migration20261201090000 extends Migration {
  override async up(): Promise<void> {
    for (const sql of CREATE_BTREE_GIST) this.addSql(sql);

    this.addSql(
      `delete from "services"."subscription" a using "services"."subscription" b where a."service_id" = b."service_id" and a."member_id" = b."member_id" and a."variant" is not distinct from b."variant" and a."from" = b."from" and a."to" is not distinct from b."to" and a."id" > b."id";`,
    );
    this.addSql(
      `delete from "services"."council_seat" a using "services"."council_seat" b where a."council_id" = b."council_id" and a."member_id" = b."member_id" and a."person" = b."person" and a."role" = b."role" and a."from" = b."from" and a."to" is not distinct from b."to" and a."id" > b."id";`,
    );
    this.addSql(`update "services"."subscription" earlier set "to" = later."from", "updated_at" = now() from (
      select a."id", min(b."from") as "from" from "services"."subscription" a join "services"."subscription" b
        on b."service_id" = a."service_id" and b."member_id" = a."member_id" and b."from" > a."from" and (a."to" is null or b."from" < a."to")
          and (b."to" is null or (a."to" is not null and b."to" >= a."to"))
      group by a."id") later where later."id" = earlier."id";`);

    this.addSql(
      `alter table "services"."subscription" add constraint "subscription_no_overlap" exclude using gist ("service_id" with =, "member_id" with =, daterange("from", "to") with &&);`,
    );
    this.addSql(
      `alter table "services"."council_seat" add constraint "council_seat_member_no_overlap" exclude using gist ("council_id" with =, "member_id" with =, daterange("from", "to") with &&);`,
    );
    this.addSql(
      `alter table "services"."council_seat" add constraint "council_seat_one_chair" exclude using gist ("council_id" with =, daterange("from", "to") with &&) where ("role" = 'CHAIR');`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "services"."council_seat" drop constraint "council_seat_one_chair";`);
    this.addSql(`alter table "services"."council_seat" drop constraint "council_seat_member_no_overlap";`);
    this.addSql(`alter table "services"."subscription" drop constraint "subscription_no_overlap";`);
  }
}
