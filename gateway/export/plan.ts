import {
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  Kind,
  type OperationDefinitionNode,
  parse,
  print,
  type SelectionNode,
  type SelectionSetNode,
  visit,
} from 'graphql';
import { ExportError } from './errors';

/** The variable that carries the cursor of the page to fetch, and the aliases the export adds to the list's selection. */
export const AFTER = 'exportAfter_';
export const PAGE = 'exportPage_';
export const TOTAL = 'exportTotal_';

/** How to export a query: the query with paging added, where its list is in the answer, and the columns of a row. */
export interface ExportPlan {
  document: string;
  path: string[];
  /** Where the rows are inside the list: `nodes`, or `edges` and then `node` in each edge. */
  rows: string[];
  columns: string[];
}

const responseKey = (field: FieldNode) => field.alias?.value ?? field.name.value;

/** The fields of a selection set, with fragments spread in place. */
function fieldsOf(selectionSet: SelectionSetNode | undefined, fragments: Map<string, FragmentDefinitionNode>): FieldNode[] {
  return (selectionSet?.selections ?? []).flatMap((selection: SelectionNode): FieldNode[] => {
    if (selection.kind === Kind.FIELD) return [selection];
    if (selection.kind === Kind.INLINE_FRAGMENT) return fieldsOf(selection.selectionSet, fragments);
    return fieldsOf(fragments.get(selection.name.value)?.selectionSet, fragments);
  });
}

const childNamed = (field: FieldNode | undefined, name: string, fragments: Map<string, FragmentDefinitionNode>) =>
  fieldsOf(field?.selectionSet, fragments).find((child) => child.name.value === name);

const isList = (field: FieldNode, fragments: Map<string, FragmentDefinitionNode>) =>
  Boolean(childNamed(field, 'nodes', fragments) ?? childNamed(field, 'edges', fragments));

/** The selection a row is made of, and where the rows are in the list: `nodes { … }`, or else `edges { node { … } }`. */
function rowsOf(list: FieldNode, fragments: Map<string, FragmentDefinitionNode>): { rows: string[]; row: FieldNode | undefined } {
  const nodes = childNamed(list, 'nodes', fragments);
  if (nodes) return { rows: [responseKey(nodes)], row: nodes };
  const edges = childNamed(list, 'edges', fragments);
  const node = childNamed(edges, 'node', fragments);
  return { rows: edges && node ? [responseKey(edges), responseKey(node)] : [], row: node };
}

/** The connections (fields selecting `nodes` or `edges`) of a selection, not looking inside a connection. */
function listsIn(
  selectionSet: SelectionSetNode | undefined,
  fragments: Map<string, FragmentDefinitionNode>,
  path: string[] = [],
): Array<{ field: FieldNode; path: string[] }> {
  return fieldsOf(selectionSet, fragments).flatMap((field) => {
    const at = [...path, responseKey(field)];
    return isList(field, fragments) ? [{ field, path: at }] : listsIn(field.selectionSet, fragments, at);
  });
}

/** Dotted column names of every leaf a node selects, in the order selected, each once. */
function columnsOf(selectionSet: SelectionSetNode | undefined, fragments: Map<string, FragmentDefinitionNode>, prefix = ''): string[] {
  const columns = fieldsOf(selectionSet, fragments).flatMap((field) => {
    const name = `${prefix}${responseKey(field)}`;
    return field.selectionSet ? columnsOf(field.selectionSet, fragments, `${name}.`) : [name];
  });
  return [...new Set(columns)];
}

function operationOf(document: DocumentNode, operationName: string | undefined): OperationDefinitionNode {
  const operations = document.definitions.filter((definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION);
  const operation = operationName
    ? operations.find((candidate) => candidate.name?.value === operationName)
    : operations.length === 1
      ? operations[0]
      : undefined;
  if (!operation)
    throw new ExportError(
      400,
      'BAD_USER_INPUT',
      operationName ? `operationName: no operation "${operationName}" in the query` : 'query: send one operation or name it in operationName',
    );
  if (operation.operation !== 'query') throw new ExportError(400, 'BAD_USER_INPUT', `query: only a query can be exported, not a ${operation.operation}`);
  return operation;
}

function parseQuery(query: string): DocumentNode {
  try {
    return parse(query);
  } catch (error) {
    throw new ExportError(400, 'GRAPHQL_PARSE_FAILED', `query: ${(error as Error).message}`);
  }
}

const name = (value: string) => ({ kind: Kind.NAME, value }) as const;
const leaf = (value: string): FieldNode => ({ kind: Kind.FIELD, name: name(value) });

/**
 * Plans the export of a query with exactly one list (a connection: a field selecting `nodes` or `edges`): adds
 * `after: $exportAfter_` and its page info and total to that field. BAD_USER_INPUT, before anything
 * is sent, for a query without a list or with several, or one that sets `after` itself.
 */
export function planExport(query: string, operationName?: string): ExportPlan {
  const document = parseQuery(query);
  const operation = operationOf(document, operationName);
  const fragments = new Map(
    document.definitions
      .filter((definition): definition is FragmentDefinitionNode => definition.kind === Kind.FRAGMENT_DEFINITION)
      .map((fragment) => [fragment.name.value, fragment]),
  );
  const lists = listsIn(operation.selectionSet, fragments);
  if (lists.length !== 1) {
    const found = lists.length ? `${lists.length} lists (${lists.map((list) => list.path.join('.')).join(', ')}); export one at a time` : 'no list';
    throw new ExportError(400, 'BAD_USER_INPUT', `query: an export needs exactly one list (a field selecting nodes or edges), found ${found}`);
  }
  const [{ field: list, path }] = lists;
  if (list.arguments?.some((argument) => argument.name.value === 'after'))
    throw new ExportError(400, 'BAD_USER_INPUT', `query: leave out ${path.join('.')}(after:); the export follows the cursor itself`);
  const { rows, row } = rowsOf(list, fragments);
  const paged = visit(document, {
    OperationDefinition: (node) =>
      node === operation
        ? {
            ...node,
            variableDefinitions: [
              ...(node.variableDefinitions ?? []),
              { kind: Kind.VARIABLE_DEFINITION, variable: { kind: Kind.VARIABLE, name: name(AFTER) }, type: { kind: Kind.NAMED_TYPE, name: name('String') } },
            ],
          }
        : undefined,
    Field: (node) =>
      node === list
        ? {
            ...node,
            arguments: [...(node.arguments ?? []), { kind: Kind.ARGUMENT, name: name('after'), value: { kind: Kind.VARIABLE, name: name(AFTER) } }],
            selectionSet: {
              kind: Kind.SELECTION_SET,
              selections: [
                ...(node.selectionSet?.selections ?? []),
                { ...leaf('pageInfo'), alias: name(PAGE), selectionSet: { kind: Kind.SELECTION_SET, selections: [leaf('hasNextPage'), leaf('endCursor')] } },
                { ...leaf('totalCount'), alias: name(TOTAL) },
              ],
            },
          }
        : undefined,
  });
  return { document: print(paged), path, rows, columns: columnsOf(row?.selectionSet, fragments) };
}
