import { Migration } from '@mikro-orm/migrations';
import { CREATE_BTREE_GIST } from '../../shared/platform/database';

/**
 * Versioned price models and fee schedules, member agreements (never two overlapping for one member
 * and fee or service) and billing runs; fees and charges name the run and model version that computed
 * them, and a later run's adjustments follow them as sequence 1, 2 … (only an adjustment may be negative).
 */
export class Migration20261203110000 extends Migration {
  override async up(): Promise<void> {
    for (const sql of CREATE_BTREE_GIST) this.addSql(sql);
    this.addSql(
      `create table "finance"."billing_run" ("id" uuid not null, "year" int not null, "at" timestamptz not null, "ran_by" text null, "inputs" jsonb not null, "written" int not null, "source" text check ("source" in ('SEED', 'DEMO', 'ENTERED')) not null default 'ENTERED', constraint "billing_run_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "billing_run_year_index" on "finance"."billing_run" ("year");`);

    this.addSql(
      `create table "finance"."member_agreement" ("id" uuid not null, "member_id" uuid not null, "subject" text not null, "service_id" uuid null, "from" date not null, "to" date null, "discount_percent" int null, "fixed_ore" bigint null, "note" text null, "source" text check ("source" in ('SEED', 'DEMO', 'ENTERED')) not null default 'ENTERED', constraint "member_agreement_pkey" primary key ("id"), constraint member_agreement_check check ((discount_percent is null) <> (fixed_ore is null) and (discount_percent is null or discount_percent between 0 and 100) and (fixed_ore is null or fixed_ore >= 0)));`,
    );
    this.addSql(
      `alter table "finance"."member_agreement" add constraint "member_agreement_no_overlap" exclude using gist ("subject" with =, "member_id" with =, daterange("from", "to") with &&);`,
    );

    this.addSql(
      `create table "finance"."price_model" ("id" uuid not null, "subject" text not null, "service_id" uuid null, "variant" text null, "version" int not null, "valid_from" date not null, "population_day" text not null default '11-01', "kind" text check ("kind" in ('FLAT', 'PER_RESIDENT', 'BANDS', 'BY_MEMBER_KIND', 'SHARED_COST')) not null, "amount_ore" bigint null, "per_resident_ore" bigint null, "floor_ore" bigint null, "cap_ore" bigint null, "stored_bands" jsonb not null, "stored_kind_amounts" jsonb not null, "sharing" text check ("sharing" in ('EQUAL', 'POPULATION', 'WEIGHTS')) null, "shared_ore" bigint null, "note" text null, "source" text check ("source" in ('SEED', 'DEMO', 'ENTERED')) not null default 'ENTERED', "created_at" timestamptz not null, constraint "price_model_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "price_model_service_id_index" on "finance"."price_model" ("service_id");`);
    this.addSql(`alter table "finance"."price_model" add constraint "price_model_subject_valid_from_unique" unique ("subject", "valid_from");`);
    this.addSql(`alter table "finance"."price_model" add constraint "price_model_subject_version_unique" unique ("subject", "version");`);

    this.addSql(`alter table "finance"."membership_fee" drop constraint "membership_fee_member_id_year_unique";`);
    this.addSql(`alter table "finance"."membership_fee" drop constraint membership_fee_check;`);

    this.addSql(
      `alter table "finance"."membership_fee" add column "billing_run_id" uuid null, add column "price_model_id" uuid null, add column "sequence" int not null default 0, add column "computation" text null;`,
    );
    this.addSql(
      `alter table "finance"."membership_fee" add constraint "membership_fee_member_id_year_sequence_unique" unique ("member_id", "year", "sequence");`,
    );
    this.addSql(`alter table "finance"."membership_fee" add constraint membership_fee_check check(amount_ore >= 0 or sequence > 0);`);

    this.addSql(`alter table "finance"."service_charge" drop constraint "service_charge_subscription_id_year_unique";`);
    this.addSql(`alter table "finance"."service_charge" drop constraint service_charge_check;`);

    this.addSql(
      `alter table "finance"."service_charge" add column "billing_run_id" uuid null, add column "price_model_id" uuid null, add column "sequence" int not null default 0, add column "computation" text null;`,
    );
    this.addSql(
      `alter table "finance"."service_charge" add constraint "service_charge_subscription_id_year_sequence_unique" unique ("subscription_id", "year", "sequence");`,
    );
    this.addSql(`alter table "finance"."service_charge" add constraint service_charge_check check(amount_ore >= 0 or sequence > 0);`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "finance"."billing_run" cascade;`);

    this.addSql(`drop table if exists "finance"."member_agreement" cascade;`);

    this.addSql(`drop table if exists "finance"."price_model" cascade;`);

    this.addSql(`alter table "finance"."membership_fee" drop constraint "membership_fee_member_id_year_sequence_unique";`);
    this.addSql(`alter table "finance"."membership_fee" drop constraint membership_fee_check;`);
    this.addSql(
      `alter table "finance"."membership_fee" drop column "billing_run_id", drop column "price_model_id", drop column "sequence", drop column "computation";`,
    );

    this.addSql(`alter table "finance"."membership_fee" add constraint "membership_fee_member_id_year_unique" unique ("member_id", "year");`);
    this.addSql(`alter table "finance"."membership_fee" add constraint membership_fee_check check(amount_ore >= 0);`);

    this.addSql(`alter table "finance"."service_charge" drop constraint "service_charge_subscription_id_year_sequence_unique";`);
    this.addSql(`alter table "finance"."service_charge" drop constraint service_charge_check;`);
    this.addSql(
      `alter table "finance"."service_charge" drop column "billing_run_id", drop column "price_model_id", drop column "sequence", drop column "computation";`,
    );

    this.addSql(`alter table "finance"."service_charge" add constraint "service_charge_subscription_id_year_unique" unique ("subscription_id", "year");`);
    this.addSql(`alter table "finance"."service_charge" add constraint service_charge_check check(amount_ore >= 0);`);
  }
}
