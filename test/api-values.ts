import { readFileSync } from 'node:fs';
import {
  astFromValue,
  buildSchema,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  print,
} from 'graphql';

/** The public API (schema/api.graphql), for tests that go over every field. */
export const api: GraphQLSchema = buildSchema(readFileSync('schema/api.graphql', 'utf8'));

const subgraphSchemas = ['membership', 'services', 'projects', 'finance'].map((name) => ({
  name,
  schema: buildSchema(readFileSync(`schema/${name}.graphql`, 'utf8'), { assumeValidSDL: true }),
}));

/** The subgraph whose SDL declares a root field (`Query` or `Mutation`). */
export function subgraphDeclaring(rootType: 'Query' | 'Mutation', field: string): string {
  const owner = subgraphSchemas.find(({ schema }) => {
    const root = schema.getType(rootType);
    return isObjectType(root) && field in root.getFields();
  });
  if (!owner) throw new Error(`no subgraph declares ${rootType}.${field}`);
  return owner.name;
}

const SCALARS: Record<string, unknown> = { ID: '00000000-0000-4000-8000-000000000000', Int: 2024, Date: '2024-01-01', Boolean: true, String: 'x' };

/** A valid value of an input type: required fields only, lists of one. The server must refuse before it looks further. */
export function placeholderValue(type: GraphQLInputType): unknown {
  const named = getNullableType(type);
  if (isListType(named)) return [placeholderValue(named.ofType)];
  if (isEnumType(named)) return named.getValues()[0].name;
  if (isInputObjectType(named)) {
    const required = Object.values(named.getFields()).filter((field) => isNonNullType(field.type) && field.defaultValue === undefined);
    return Object.fromEntries(required.map((field) => [field.name, placeholderValue(field.type)]));
  }
  return SCALARS[named.name] ?? 'x';
}

/** Every place the arguments of a field take text (String or ID), as paths from the argument, e.g. ["input", "lines", "0", "category"]. */
export function textPaths(field: GraphQLField<unknown, unknown>): string[][] {
  const walk = (type: GraphQLInputType, path: string[]): string[][] => {
    const named = getNullableType(type);
    if (isListType(named)) return walk(named.ofType, [...path, '0']);
    if (isInputObjectType(named)) return Object.values(named.getFields()).flatMap((inner) => walk(inner.type, [...path, inner.name]));
    return ['String', 'ID'].includes(named.name) ? [path] : [];
  };
  return field.args.flatMap((arg) => walk(arg.type, [arg.name]));
}

/** A placeholder value of `type` with `value` put at `path` inside it. */
function valueWith(type: GraphQLInputType, path: string[], value: unknown): unknown {
  if (!path.length) return value;
  const named = getNullableType(type);
  if (isListType(named)) return [valueWith(named.ofType, path.slice(1), value)];
  if (!isInputObjectType(named)) throw new Error(`cannot go into ${named.name} along ${path.join('.')}`);
  return { ...(placeholderValue(named) as object), [path[0]]: valueWith(named.getFields()[path[0]].type, path.slice(1), value) };
}

/**
 * An operation calling one root field with its required arguments filled in, and `value` at `path`
 * when given (e.g. ["input", "name"]), the arguments written inline or sent as variables.
 */
export function operationWith(
  rootType: 'Query' | 'Mutation',
  field: GraphQLField<unknown, unknown>,
  form: 'inline' | 'variables',
  path: string[] = [],
  value?: unknown,
) {
  const args = field.args.filter((arg) => (isNonNullType(arg.type) && arg.defaultValue === undefined) || arg.name === path[0]);
  const argumentValue = (arg: GraphQLArgument) => (arg.name === path[0] ? valueWith(arg.type, path.slice(1), value) : placeholderValue(arg.type));
  const returns = getNamedType(field.type);
  const selection = isObjectType(returns) ? '{ __typename }' : '';
  const keyword = rootType === 'Query' ? 'query' : 'mutation';
  if (form === 'inline') {
    const written = args.map((arg) => `${arg.name}: ${print(astFromValue(argumentValue(arg), arg.type)!)}`).join(', ');
    return { query: `${keyword} { ${field.name}${written ? `(${written})` : ''} ${selection} }`, variables: undefined };
  }
  const declared = args.map((arg) => `$${arg.name}: ${String(arg.type)}`).join(', ');
  const passed = args.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
  return {
    query: `${keyword}${declared ? `(${declared})` : ''} { ${field.name}${passed ? `(${passed})` : ''} ${selection} }`,
    variables: Object.fromEntries(args.map((arg) => [arg.name, argumentValue(arg)])),
  };
}
