import { type ValidationError, validate } from 'class-validator';
import { getNamedType } from 'graphql';
import type { ResolverData, ValidatorFn } from 'type-graphql';
import { AppError } from './errors';

function describe(errors: ValidationError[], path: string[]): string[] {
  return errors.flatMap((error) => {
    const field = [...path, error.property];
    const own = Object.values(error.constraints ?? {}).map((text) => `${field.join('.')}: ${text}`);
    return [...own, ...describe(error.children ?? [], field)];
  });
}

/** The argument an input class came in, e.g. "input"; none for `@Args()` classes, whose fields are the arguments. */
function argumentNamed(type: unknown, { info }: ResolverData): string[] {
  const typeName = (type as { name?: string }).name;
  const argument = info.parentType.getFields()[info.fieldName]?.args.find((arg) => getNamedType(arg.type).name === typeName);
  return argument ? [argument.name] : [];
}

/**
 * Validates an argument (an input object, or each of a list of them) with class-validator and answers BAD_USER_INPUT naming every failing field
 * by its path from the argument (e.g. "input.email: …"), as the business rules name theirs.
 */
export const validateArgument: ValidatorFn = async (value, type, resolverData) => {
  if (value === null || typeof value !== 'object') return;
  const path = argumentNamed(type, resolverData);
  const listed: Array<[unknown, string[]]> = Array.isArray(value) ? value.map((item, index) => [item, [...path, String(index)]]) : [[value, path]];
  // A list of scalars or enum values (e.g. roles) has nothing for class-validator: GraphQL checked each item.
  const items = listed.filter((entry): entry is [object, string[]] => entry[0] !== null && typeof entry[0] === 'object');
  const problems = (
    await Promise.all(
      items.map(async ([item, itemPath]) => describe(await validate(item, { skipMissingProperties: true, forbidUnknownValues: false }), itemPath)),
    )
  ).flat();
  if (problems.length) throw new AppError('BAD_USER_INPUT', problems.join('; '), { field: problems[0].split(':')[0] });
};
