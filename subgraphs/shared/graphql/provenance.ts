import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Migration } from '@mikro-orm/migrations';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Directive, Field, ObjectType, registerEnumType } from 'type-graphql';
import { defineLoader, groupedLoader, uuids } from './loaders';

/** Where one field's value comes from, when a record's `source` does not tell it alone. */
export enum FactSource {
  SEED = 'SEED',
  ESTIMATED = 'ESTIMATED',
  PUBLIC = 'PUBLIC',
  DEMO = 'DEMO',
}

registerEnumType(FactSource, {
  name: 'FactSource',
  description: "Where one field's value comes from.",
  valuesConfig: {
    SEED: { description: 'The documents say this; `quote` gives their words.' },
    ESTIMATED: { description: 'The documents only bound it (e.g. "during 2017"); the value is placed within those bounds, as `note` says.' },
    PUBLIC: { description: 'A public fact the documents do not state (a law, a registered change of name); `note` says which, `quote` is null.' },
    DEMO: { description: 'Invented for demonstration: the documents do not give it.' },
  },
});

/** The source of one field of one record (a row of each subgraph's `field_provenance` table). */
@Entity({ tableName: 'field_provenance' })
@Unique({ properties: ['entityId', 'field'] })
@Index({ properties: ['entityId'] })
@ObjectType('FieldProvenance', { description: 'Where one field of a record comes from: the documents (with their words), an estimate, or demonstration data.' })
@Directive('@shareable')
export class FieldProvenance {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'uuid' })
  entityId!: string;

  @Property({ type: 'text' })
  @Field(() => String, { description: 'The field, as named in this API, e.g. "organisationNumber".' })
  field!: string;

  @Enum({ items: () => FactSource, type: 'text' })
  @Field(() => FactSource, { description: "Where the field's value comes from." })
  source!: FactSource;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'The document that states or bounds the value (file name of its text in docs/sources/); null for DEMO.' })
  document: string | null = null;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: "The document's words (Swedish) that state or bound the value; null for DEMO." })
  quote: string | null = null;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'How the value was placed, for ESTIMATED; what is invented, for DEMO.' })
  note: string | null = null;
}

/** What a seed knows of one field's source. */
export interface FieldSourceFact {
  field: string;
  source: `${FactSource}`;
  document: string | null;
  quote: string | null;
  note: string | null;
}

/** Writes (at the next flush) where each of a seeded record's fields comes from. */
export function recordFieldSources(em: EntityManager, entityId: string, facts: readonly FieldSourceFact[]): void {
  for (const fact of facts) em.create(FieldProvenance, { ...fact, entityId, source: fact.source as FactSource });
}

/** A record's field sources, by the record's id, in one query per request. */
export const provenanceOf = defineLoader('provenanceOf', (em) =>
  groupedLoader<string, FieldProvenance>(
    (ids) => em.find(FieldProvenance, { entityId: { $in: uuids(ids) } }, { orderBy: { field: 'asc' } }),
    (row) => row.entityId,
  ),
);

/** The field_provenance table every subgraph keeps in its own schema; run after the subgraph's own migrations. */
class FieldProvenanceMigration extends Migration {
  override async up(): Promise<void> {
    const table = `"${this.config.get('schema')}"."field_provenance"`;
    this.addSql(
      `create table if not exists ${table} ("id" uuid not null, "entity_id" uuid not null, "field" text not null, "source" text check ("source" in ('SEED', 'ESTIMATED', 'DEMO')) not null, "document" text null, "quote" text null, "note" text null, constraint "field_provenance_pkey" primary key ("id"), constraint "field_provenance_entity_id_field_unique" unique ("entity_id", "field"));`,
    );
    this.addSql(`create index if not exists "field_provenance_entity_id_index" on ${table} ("entity_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "${this.config.get('schema')}"."field_provenance" cascade;`);
  }
}

export const fieldProvenanceMigration = { name: 'FieldProvenanceMigration20261201', class: FieldProvenanceMigration };

/** Lets a field's source be PUBLIC. */
class FieldProvenancePublicMigration extends Migration {
  override async up(): Promise<void> {
    const table = `"${this.config.get('schema')}"."field_provenance"`;
    this.addSql(`alter table ${table} drop constraint "field_provenance_source_check";`);
    this.addSql(`alter table ${table} add constraint "field_provenance_source_check" check ("source" in ('SEED', 'ESTIMATED', 'PUBLIC', 'DEMO'));`);
  }

  override async down(): Promise<void> {
    const table = `"${this.config.get('schema')}"."field_provenance"`;
    this.addSql(`alter table ${table} drop constraint "field_provenance_source_check";`);
    this.addSql(`alter table ${table} add constraint "field_provenance_source_check" check ("source" in ('SEED', 'ESTIMATED', 'DEMO'));`);
  }
}

export const fieldProvenancePublicMigration = { name: 'FieldProvenanceMigration20261204200100', class: FieldProvenancePublicMigration };
