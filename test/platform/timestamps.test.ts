import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, type GraphQLObjectType, isObjectType } from 'graphql';
import { getMetadataStorage } from 'type-graphql';
import { subgraphs } from '../../subgraphs';

/** Every GraphQL object type a subgraph's entities are, read from the committed subgraph schemas in schema/. */
const entityTypes = subgraphs.flatMap((definition) => {
  const schema = buildSchema(readFileSync(join(__dirname, '..', '..', 'schema', `${definition.name}.graphql`), 'utf8'), { assumeValidSDL: true });
  return definition.entities.flatMap((entity) => {
    const name = getMetadataStorage().objectTypes.find((type) => type.target === entity)?.name;
    const type = name ? schema.getType(name) : undefined;
    return type && isObjectType(type) ? [[definition.name, type] as [string, GraphQLObjectType]] : [];
  });
});

test('every GraphQL object type backed by an entity tells when its record was created and last changed', () => {
  expect(entityTypes.length).toBeGreaterThan(25);
  const missing = entityTypes
    .filter(([, type]) => !(type.getFields().createdAt && type.getFields().updatedAt))
    .map(([subgraph, type]) => `${subgraph}.${type.name}`);
  expect(missing).toEqual([]);
});

test('issue 13 and 14 records are among them: Association, BoardTerm, Office, AccountsTable, Goal, PriceModel, MemberAgreement, BillingRun', () => {
  const names = entityTypes.map(([, type]) => type.name);
  expect(names).toEqual(
    expect.arrayContaining([
      'Association',
      'BoardTerm',
      'Office',
      'MemberPopulation',
      'AccountsTable',
      'AccountsTableLine',
      'Goal',
      'PriceModel',
      'MemberAgreement',
      'BillingRun',
    ]),
  );
});
