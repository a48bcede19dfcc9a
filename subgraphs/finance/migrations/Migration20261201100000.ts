import { Migration } from '@mikro-orm/migrations';

/**
 * Charges belong to subscriptions: one charge per subscription and year, where there was one per
 * member, service and year (a member that switched variant is charged on both subscriptions). Finance
 * cannot tell which subscription a charge recorded before this was for, so those keep a null
 * subscription: they still count for the member, the service and the reports, but no subscription's
 * cost shows them.
 */
export class Migration20261201100000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "finance"."service_charge" add column "subscription_id" uuid null;`);
    this.addSql(`alter table "finance"."service_charge" drop constraint "service_charge_member_id_service_id_year_unique";`);
    this.addSql(`alter table "finance"."service_charge" add constraint "service_charge_subscription_id_year_unique" unique ("subscription_id", "year");`);
    this.addSql(`create index "service_charge_member_id_year_index" on "finance"."service_charge" ("member_id", "year");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "finance"."service_charge_member_id_year_index";`);
    this.addSql(`alter table "finance"."service_charge" drop constraint "service_charge_subscription_id_year_unique";`);
    this.addSql(
      `alter table "finance"."service_charge" add constraint "service_charge_member_id_service_id_year_unique" unique ("member_id", "service_id", "year");`,
    );
    this.addSql(`alter table "finance"."service_charge" drop column "subscription_id";`);
  }
}
