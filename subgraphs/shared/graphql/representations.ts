import {
  type DirectiveNode,
  type DocumentNode,
  type GraphQLNamedType,
  type GraphQLSchema,
  getNamedType,
  isLeafType,
  isNamedType,
  isObjectType,
  Kind,
  parse,
  type SelectionSetNode,
} from 'graphql';
import { BadUserInputError } from './errors';
import { isUuid } from './lookup';

/** The fields a representation carries, by name: a leaf's type, or the fields inside an object. */
interface Shape {
  [field: string]: GraphQLNamedType | Shape;
}

/** A representation as a reference resolver gets it: only the validated key and @requires fields, in a fresh object. */
export type Representation = { __typename: string; id: string } & Record<string, unknown>;

const fieldSetOf = (directive: DirectiveNode): string | null => {
  const fields = directive.arguments?.find((argument) => argument.name.value === 'fields')?.value;
  return fields?.kind === Kind.STRING ? fields.value : null;
};

const resolvable = (directive: DirectiveNode): boolean =>
  !directive.arguments?.some((argument) => argument.name.value === 'resolvable' && argument.value.kind === Kind.BOOLEAN && !argument.value.value);

function addFieldSet(shape: Shape, selections: SelectionSetNode, typeName: string, schema: GraphQLSchema): void {
  const type = schema.getType(typeName);
  if (!isObjectType(type)) throw new Error(`${typeName} in a @key or @requires is not an object type`);
  for (const selection of selections.selections) {
    if (selection.kind !== Kind.FIELD) throw new Error(`${typeName}: @key and @requires may only select fields`);
    const name = selection.name.value;
    const field = type.getFields()[name];
    if (!field) throw new Error(`${typeName}.${name} in a @key or @requires does not exist`);
    const fieldType = getNamedType(field.type);
    if (!selection.selectionSet) {
      shape[name] = fieldType;
      continue;
    }
    shape[name] ??= {};
    addFieldSet(shape[name] as Shape, selection.selectionSet, fieldType.name, schema);
  }
}

/**
 * What a representation of each entity type must carry, from the subgraph's SDL: its resolvable
 * @key fields and every field its fields @require (the gateway sends those along).
 */
function representationShapes(typeDefs: DocumentNode, schema: GraphQLSchema): Map<string, Shape> {
  const shapes = new Map<string, Shape>();
  for (const definition of typeDefs.definitions) {
    if (definition.kind !== Kind.OBJECT_TYPE_DEFINITION) continue;
    const keys = definition.directives?.filter((directive) => directive.name.value === 'key' && resolvable(directive)) ?? [];
    if (!keys.length) continue;
    const requires = (definition.fields ?? []).flatMap((field) => field.directives?.filter((directive) => directive.name.value === 'requires') ?? []);
    const shape: Shape = {};
    for (const fieldSet of [...keys, ...requires].map(fieldSetOf)) {
      if (fieldSet)
        addFieldSet(shape, (parse(`{ ${fieldSet} }`).definitions[0] as { selectionSet: SelectionSetNode }).selectionSet, definition.name.value, schema);
    }
    shapes.set(definition.name.value, shape);
  }
  return shapes;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** A leaf value checked against its type: ids are UUIDs; other scalars as GraphQL would take them from a variable. */
function leaf(value: unknown, type: GraphQLNamedType, path: string): unknown {
  if (type.name === 'ID') {
    if (typeof value !== 'string' || !isUuid(value)) throw new BadUserInputError(path, 'must be an id (a UUID)');
    return value;
  }
  if (!isLeafType(type)) throw new BadUserInputError(path, `must be an object with the fields of ${type.name}`);
  try {
    return type.parseValue(value);
  } catch (error) {
    throw new BadUserInputError(path, `must be a ${type.name}: ${(error as Error).message}`);
  }
}

/** Copies exactly the fields of `shape` out of `value`, each checked; nothing else of the caller's object is kept. */
function copyShape(value: unknown, shape: Shape, path: string): Record<string, unknown> {
  if (!isRecord(value)) throw new BadUserInputError(path, 'must be an object');
  return Object.fromEntries(
    Object.entries(shape).map(([name, type]) => {
      const fieldPath = `${path}.${name}`;
      if (!(name in value) || value[name] === null) throw new BadUserInputError(fieldPath, 'is required in this representation');
      return [name, isNamedType(type) ? leaf(value[name], type, fieldPath) : copyShape(value[name], type, fieldPath)];
    }),
  );
}

function validatorFor(shapes: Map<string, Shape>, subgraph: string) {
  const known = [...shapes.keys()].join(', ');
  return (representations: readonly unknown[]): Representation[] =>
    representations.map((representation, index) => {
      const path = `representations.${index}`;
      if (!isRecord(representation)) throw new BadUserInputError(path, 'must be an object with __typename and the key fields');
      const typename = representation.__typename;
      const shape = typeof typename === 'string' ? shapes.get(typename) : undefined;
      if (!shape) throw new BadUserInputError(`${path}.__typename`, `must name an entity the ${subgraph} subgraph resolves: ${known}`);
      return { __typename: typename, ...copyShape(representation, shape, path) } as Representation;
    });
}

/**
 * Makes the subgraph's `_entities` check every representation against its type's shape and pass
 * fresh objects holding only those fields to the reference resolvers, so no property a caller
 * invents (such as `constructor`) reaches them. A bad one fails the lookup with BAD_USER_INPUT
 * naming it. Every entity type must have its own reference resolver (none echoes representations).
 */
export function validateRepresentations(schema: GraphQLSchema, typeDefs: DocumentNode, subgraph: string, references: Record<string, unknown>): void {
  const shapes = representationShapes(typeDefs, schema);
  const unresolved = [...shapes.keys()].filter((typeName) => !references[typeName]);
  if (unresolved.length) throw new Error(`the ${subgraph} subgraph has no reference resolver for ${unresolved.join(', ')}`);
  const entities = schema.getQueryType()?.getFields()._entities;
  if (!entities?.resolve) return;
  const resolve = entities.resolve;
  const validate = validatorFor(shapes, subgraph);
  entities.resolve = (source, args, context, info) => resolve(source, { ...args, representations: validate(args.representations) }, context, info);
}
