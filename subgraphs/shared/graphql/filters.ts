import type { FilterQuery } from '@mikro-orm/core';
import { ArrayMaxSize, IsOptional, IsUUID, Min } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { BadUserInputError } from './errors';
import { DateScalar } from './scalars';

/**
 * The one filter convention of every list: `<field>In: [..]` keeps rows whose field is one of the
 * values (an empty list keeps none), `<field>: <Type>Range { gte, lte }` keeps rows within both
 * bounds (inclusive; either may be left out), `search` matches text case- and accent-insensitively.
 */
export interface Range<V> {
  gte?: V | null;
  lte?: V | null;
}

@InputType('DateRange', { description: 'Days from `gte` to `lte`, both included; leave either out for an open end.' })
export class DateRange implements Range<string> {
  @Field(() => DateScalar, { nullable: true, description: 'On or after this day.' })
  gte?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'On or before this day.' })
  lte?: string | null;
}

@InputType('IntRange', { description: 'Whole numbers from `gte` to `lte`, both included; leave either out for an open end.' })
export class IntRange implements Range<number> {
  @Field(() => Int, { nullable: true, description: 'At least this.' })
  @IsOptional()
  @Min(0)
  gte?: number | null;

  @Field(() => Int, { nullable: true, description: 'At most this.' })
  @IsOptional()
  @Min(0)
  lte?: number | null;
}

@InputType('AmountRange', { description: 'Amounts in kronor from `gte` to `lte`, both included, as decimal strings (e.g. "1500.50").' })
export class AmountRange implements Range<string> {
  @Field(() => String, { nullable: true, description: 'At least this amount.' })
  gte?: string | null;

  @Field(() => String, { nullable: true, description: 'At most this amount.' })
  lte?: string | null;
}

/** One condition of a filter, or nothing (null, undefined, false, '') where its argument was left out. */
type Condition = unknown;

/** class-validator's message for a value that is not a UUID: `"nacka" is not an id`. */
export const NOT_AN_ID = ({ value }: { value: unknown }) =>
  Array.isArray(value) ? 'holds a value that is not an id' : `${JSON.stringify(value)} is not an id`;

/** A filter field `<thing>IdIn: [ID!]`: up to 1000 ids, each a UUID. */
export function IdsField(description: string): PropertyDecorator {
  return (target, key) => {
    Field(() => [ID], { nullable: true, description })(target, key);
    IsOptional()(target, key);
    ArrayMaxSize(1000)(target, key);
    IsUUID('all', { each: true, message: NOT_AN_ID })(target, key);
  };
}

/** What every list's filter has: `idIn`. */
@InputType()
export abstract class NodeFilter {
  @IdsField('Only these ids.')
  idIn?: string[] | null;
}

/** Rows whose `field` is one of `values`; no condition when `values` is left out. */
export function oneOf(field: string, values: readonly unknown[] | null | undefined): Condition {
  return values != null && { [field]: { $in: [...values] } };
}

/** Rows whose `field` lies within `range` (converted by `value`, e.g. kronor to öre); BAD_USER_INPUT naming `path` when the bounds are crossed. */
export function within<V>(
  field: string,
  range: Range<V> | null | undefined,
  path: string,
  value: (bound: V, path: string) => unknown = (bound) => bound,
): Condition {
  if (!range) return null;
  const gte = range.gte == null ? undefined : value(range.gte, `${path}.gte`);
  const lte = range.lte == null ? undefined : value(range.lte, `${path}.lte`);
  if (gte !== undefined && lte !== undefined && (gte as number) > (lte as number))
    throw new BadUserInputError(`${path}.gte`, `${range.gte} is after ${path}.lte (${range.lte}); give gte <= lte`);
  if (gte === undefined && lte === undefined) return null;
  return { [field]: { ...(gte !== undefined && { $gte: gte }), ...(lte !== undefined && { $lte: lte }) } };
}

/** All the conditions given (the left-out ones ignored) as one filter. */
export function allOf<T>(...conditions: Condition[]): FilterQuery<T> {
  const given = conditions.filter(Boolean);
  return given.length ? ({ $and: given } as FilterQuery<T>) : {};
}
