import { randomUUID } from 'node:crypto';
import { ArrayType, Entity, Enum, type Opt, PrimaryKey, Property } from '@mikro-orm/core';
import { Directive, Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { DataSource } from '../../shared/domain/source';
import type { ConstraintMeanings } from '../../shared/graphql/errors';
import { DateScalar } from '../../shared/graphql/scalars';
import { Timestamped } from '../../shared/graphql/timestamps';

export enum ServiceStatus {
  PLANNED = 'PLANNED',
  ACTIVE = 'ACTIVE',
  RETIRED = 'RETIRED',
}

registerEnumType(ServiceStatus, {
  name: 'ServiceStatus',
  description: 'Where a collaboration service is in its life.',
  valuesConfig: {
    PLANNED: { description: 'Decided or piloted, not yet in regular use.' },
    ACTIVE: { description: 'In use by members.' },
    RETIRED: { description: 'No longer offered (see retiredOn).' },
  },
});

export enum ServiceArea {
  SCHOOL = 'SCHOOL',
  SOCIAL_SERVICES = 'SOCIAL_SERVICES',
  LIBRARIES = 'LIBRARIES',
  CITY_ENVIRONMENT = 'CITY_ENVIRONMENT',
  GUARDIANSHIP = 'GUARDIANSHIP',
  CONTACT_CENTRE = 'CONTACT_CENTRE',
}

registerEnumType(ServiceArea, {
  name: 'ServiceArea',
  description: 'The municipal field a collaboration service supports.',
  valuesConfig: {
    SCHOOL: { description: 'School and education (skola).' },
    SOCIAL_SERVICES: { description: 'Social services, e.g. financial assistance (socialtjänst).' },
    LIBRARIES: { description: 'Public libraries (folkbibliotek).' },
    CITY_ENVIRONMENT: { description: 'Streets and public spaces (stadsmiljö).' },
    GUARDIANSHIP: { description: "Chief guardians' supervision (överförmyndare)." },
    CONTACT_CENTRE: { description: 'Municipal contact centres (kontaktcenter).' },
  },
});

@Entity({ tableName: 'service' })
@ObjectType('Service', { description: 'A collaboration service (samverkanstjänst) that members use and govern together through its council.' })
@Directive('@key(fields: "id")')
export class Service extends Timestamped {
  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID, { description: 'Stable identifier of the service.' })
  id: string = randomUUID();

  @Property({ type: 'text', unique: true })
  @Field(() => String, { description: 'URL-friendly handle, e.g. "fixamingata".' })
  slug!: string;

  @Property({ type: 'text', unique: true })
  @Field(() => String, { description: 'Name, e.g. "FixaMinGata".' })
  name!: string;

  @Property({ type: 'text' })
  @Field(() => String, { description: 'What the service does, in a sentence or two.' })
  description!: string;

  @Enum({ items: () => ServiceArea, type: 'text' })
  @Field(() => ServiceArea, { description: 'The municipal field the service supports.' })
  area!: ServiceArea;

  @Enum({ items: () => ServiceStatus, type: 'text' })
  @Field(() => ServiceStatus, { description: 'Where the service is in its life.' })
  status!: ServiceStatus;

  @Property({ type: 'date' })
  @Field(() => DateScalar, { description: 'First day in service (for a planned service: the planned first day).' })
  startedOn!: string;

  @Property({ type: 'date', nullable: true })
  @Field(() => DateScalar, { nullable: true, description: 'Day the service was retired (no longer offered from this day); null while offered.' })
  retiredOn: string | null = null;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'Software licence as an SPDX identifier, e.g. "AGPL-3.0"; null where unknown.' })
  licence: string | null = null;

  @Property({ type: ArrayType })
  @Field(() => [String], { description: 'Variants the service is offered in, e.g. "Classic" and "XL" for Multifråga; empty when there is one form.' })
  variants: Opt<string[]> = [];

  @Enum({ items: () => DataSource, type: 'text' })
  @Field(() => DataSource, { description: "Whether this record comes from Sambruk's documents, is demonstration data or was entered." })
  source: Opt<DataSource> = DataSource.ENTERED;
}

/** The database's side of `checkServiceUnique`, for a service created or renamed at the same moment. */
export const SERVICE_CONSTRAINTS: ConstraintMeanings = {
  service_slug_unique: { field: 'input.slug', message: 'another service has this slug (given at the same moment); choose another' },
  service_name_unique: { field: 'input.name', message: 'another service has this name (given at the same moment); choose another name' },
};
