import { ArrayMaxSize, ArrayUnique, IsOptional, Length, Matches, ValidateNested } from 'class-validator';
import { ArgsType, Field, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { DateRange, NodeFilter } from '../../shared/graphql/filters';
import { ConnectionType, ListArgs, OrderInput } from '../../shared/graphql/pagination';
import { DateScalar } from '../../shared/graphql/scalars';
import { Service, ServiceArea, ServiceStatus } from '../entities/service.entity';

export const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const SLUG_MESSAGE = 'slug must be lower-case letters and digits joined by single hyphens, e.g. "fixamingata"';

@ObjectType('ServiceConnection', { description: 'A page of collaboration services.' })
export class ServiceConnection extends ConnectionType(Service, 'The services on this page, by name.') {}

export enum ServiceOrderField {
  NAME = 'name',
  AREA = 'area',
  STATUS = 'status',
  STARTED_ON = 'startedOn',
  RETIRED_ON = 'retiredOn',
}

registerEnumType(ServiceOrderField, {
  name: 'ServiceOrderField',
  description: 'What services can be sorted by.',
  valuesConfig: {
    NAME: { description: 'Name, in Swedish order.' },
    AREA: { description: 'The municipal field.' },
    STATUS: { description: 'Where the service is in its life.' },
    STARTED_ON: { description: 'First day in service.' },
    RETIRED_ON: { description: 'Day the service was retired; services still offered last.' },
  },
});

@InputType('ServiceOrder', { description: 'One sort key for services.' })
export class ServiceOrder extends OrderInput(ServiceOrderField, 'ServiceOrderField') {}

@InputType('ServiceFilter', { description: 'Which services to list; every condition given must hold.' })
export class ServiceFilter extends NodeFilter {
  @Field(() => [ServiceStatus], { nullable: true, description: 'Only services with one of these statuses.' })
  statusIn?: ServiceStatus[] | null;

  @Field(() => [ServiceArea], { nullable: true, description: 'Only services in these areas.' })
  areaIn?: ServiceArea[] | null;

  @Field(() => DateRange, { nullable: true, description: 'Only services that started within these days.' })
  startedOn?: DateRange | null;

  @Field(() => DateRange, { nullable: true, description: 'Only services retired within these days.' })
  retiredOn?: DateRange | null;

  @Field(() => String, { nullable: true, description: 'Text in the name, slug or description (case- and accent-insensitive).' })
  @IsOptional()
  @Length(1, 100)
  search?: string | null;
}

@ArgsType()
export class ServicesArgs extends ListArgs(ServiceOrder, 'By name') {
  @Field(() => ServiceFilter, { nullable: true, description: 'Conditions on the services to list.' })
  @IsOptional()
  @ValidateNested()
  filter?: ServiceFilter | null;

  @Field(() => ServiceStatus, { nullable: true, description: 'Only services with this status (as filter.statusIn with one status).' })
  status?: ServiceStatus | null;

  @Field(() => ServiceArea, { nullable: true, description: 'Only services in this area (as filter.areaIn with one area).' })
  area?: ServiceArea | null;

  @Field(() => String, { nullable: true, description: 'Same as filter.search.' })
  @IsOptional()
  @Length(1, 100)
  search?: string | null;
}

@InputType({ description: 'A new collaboration service; its governance council is created with it.' })
export class CreateServiceInput {
  @Field(() => String, { description: 'Name, unique among services.' })
  @Length(2, 100)
  name!: string;

  @Field(() => String, { nullable: true, description: 'URL-friendly handle, unique among services; derived from the name when left out.' })
  @IsOptional()
  @Matches(SLUG, { message: SLUG_MESSAGE })
  slug?: string | null;

  @Field(() => String, { description: 'What the service does, in a sentence or two.' })
  @Length(10, 2000)
  description!: string;

  @Field(() => ServiceArea, { description: 'The municipal field the service supports.' })
  area!: ServiceArea;

  @Field(() => ServiceStatus, { defaultValue: ServiceStatus.PLANNED, description: 'Where the service is in its life.' })
  status: ServiceStatus = ServiceStatus.PLANNED;

  @Field(() => DateScalar, { description: 'First day in service (for a planned service: the planned first day).' })
  startedOn!: string;

  @Field(() => DateScalar, { nullable: true, description: 'Day the service was retired; only for a RETIRED service.' })
  retiredOn?: string | null;

  @Field(() => String, { nullable: true, description: 'Software licence as an SPDX identifier, e.g. "AGPL-3.0".' })
  @IsOptional()
  @Length(2, 50)
  licence?: string | null;

  @Field(() => [String], { nullable: true, description: 'Variants the service is offered in, e.g. ["Classic", "XL"].' })
  @IsOptional()
  @ArrayUnique()
  @ArrayMaxSize(10)
  @Length(1, 50, { each: true })
  variants?: string[] | null;
}

@InputType({ description: 'Changes to a collaboration service; fields left out stay as they are.' })
export class UpdateServiceInput {
  @Field(() => String, { nullable: true, description: 'Name, unique among services.' })
  @IsOptional()
  @Length(2, 100)
  name?: string;

  @Field(() => String, { nullable: true, description: 'URL-friendly handle, unique among services.' })
  @IsOptional()
  @Matches(SLUG, { message: SLUG_MESSAGE })
  slug?: string;

  @Field(() => String, { nullable: true, description: 'What the service does.' })
  @IsOptional()
  @Length(10, 2000)
  description?: string;

  @Field(() => ServiceArea, { nullable: true, description: 'The municipal field the service supports.' })
  area?: ServiceArea;

  @Field(() => ServiceStatus, { nullable: true, description: 'Where the service is in its life.' })
  status?: ServiceStatus;

  @Field(() => DateScalar, { nullable: true, description: 'First day in service.' })
  startedOn?: string;

  @Field(() => DateScalar, { nullable: true, description: 'Day the service was retired; null when it is offered again.' })
  retiredOn?: string | null;

  @Field(() => String, { nullable: true, description: 'Software licence (SPDX identifier); null when unknown.' })
  @IsOptional()
  @Length(2, 50)
  licence?: string | null;

  @Field(() => [String], { nullable: true, description: 'Variants the service is offered in.' })
  @IsOptional()
  @ArrayUnique()
  @ArrayMaxSize(10)
  @Length(1, 50, { each: true })
  variants?: string[];
}
