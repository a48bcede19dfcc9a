import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import type { EntityClass, MigrationObject } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { type GraphQLSchema, parse } from 'graphql';
import { createPubSub } from 'graphql-yoga';
import { buildSchema, createResolversMap, type NonEmptyArray } from 'type-graphql';
import { config } from '../platform/config';
import { openOrm } from '../platform/database';
import type { Progress } from '../platform/progress';
import { AuditRecord, AuditSubscriber, auditMutations, createAuditResolver } from './audit';
import { auditRecordMigration } from './audit.migration';
import { authChecker } from './auth';
import { ChangeEvent, ChangeFeedSubscriber, createChangeFeedResolver } from './change-feed';
import { changeEventMigration } from './change-feed.migration';
import type { RequestContext } from './context';
import type { ConstraintMeanings } from './errors';
import { refuseUnstorableText } from './input';
import { FieldProvenance, fieldProvenanceMigration, fieldProvenancePublicMigration } from './provenance';
import { type Representation, validateRepresentations } from './representations';
import { transactionalMutations } from './transaction';
import { validateArgument } from './validation';
import { createWebhookResolver, WebhookDelivery, WebhookEndpoint } from './webhooks';
import { webhookMigration } from './webhooks.migration';

/** Resolves a validated representation (a fresh object with its key and the fields this subgraph @requires, nothing else). */
export type ReferenceResolver = (reference: Representation, ctx: RequestContext) => Promise<unknown> | unknown;

/** Everything that makes one subgraph: its data, its migrations, its GraphQL API and its seed. */
export interface SubgraphDefinition {
  /** Also the name of the PostgreSQL schema the subgraph owns. */
  name: string;
  entities: EntityClass<unknown>[];
  migrations: MigrationObject[];
  // biome-ignore lint/complexity/noBannedTypes: type-graphql's type for resolver classes
  resolvers: NonEmptyArray<Function>;
  /** Types no root field reaches, only the gateway's entity lookups (e.g. a stub another subgraph owns that this one extends). */
  // biome-ignore lint/complexity/noBannedTypes: type-graphql's type for object type classes
  orphanedTypes?: Function[];
  /** `__resolveReference` per entity type this subgraph resolves for the gateway. */
  references: Record<string, ReferenceResolver>;
  /** What a violation of each of its unique and exclusion constraints means to the caller. */
  constraints: ConstraintMeanings;
  /** Fills an empty database; must do nothing when the data is already there. */
  seed(em: EntityManager, progress: Progress): Promise<void>;
}

/** The GraphQL types of the subgraph's records, as the change feed and webhooks name them. */
const recordTypes = (definition: Pick<SubgraphDefinition, 'entities'>) => definition.entities.map((entity) => entity.name);

const FEDERATION_LINK =
  'extend schema @link(url: "https://specs.apollo.dev/federation/v2.6", import: ["@key", "@shareable", "@external", "@requires", "@provides", ' +
  '"@inaccessible", "@authenticated", "@requiresScopes", "@policy"])';

/**
 * type-graphql schema → federation SDL → executable subgraph schema with reference resolvers merged
 * in, whose `_entities` takes only representations of the right shape and whose arguments refuse
 * text PostgreSQL cannot store.
 */
export async function buildFederatedSchema(
  definition: Pick<SubgraphDefinition, 'name' | 'entities' | 'resolvers' | 'references' | 'orphanedTypes'>,
): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers: [
      ...definition.resolvers,
      createAuditResolver(definition.name),
      createChangeFeedResolver(definition.name, recordTypes(definition)),
      createWebhookResolver(definition.name, recordTypes(definition)),
    ],
    orphanedTypes: definition.orphanedTypes,
    skipCheck: true,
    validateFn: validateArgument,
    authChecker,
    authMode: 'error',
    // Required by type-graphql once a schema has subscriptions; ours subscribe to the change feed (live.ts), not to topics.
    pubSub: createPubSub(),
  });
  const typeDefs = parse(`${FEDERATION_LINK}\n\n${printSchemaWithDirectives(schema)}`);
  const resolvers = createResolversMap(schema) as GraphQLResolverMap<RequestContext>;
  if (resolvers.Mutation) resolvers.Mutation = auditMutations(transactionalMutations(resolvers.Mutation as Parameters<typeof auditMutations>[0]));
  for (const [typeName, resolveReference] of Object.entries(definition.references)) {
    resolvers[typeName] = { ...(resolvers[typeName] as object), __resolveReference: resolveReference } as never;
  }
  const subgraphSchema = buildSubgraphSchema({ typeDefs, resolvers: resolvers as GraphQLResolverMap<unknown> });
  validateRepresentations(subgraphSchema, typeDefs, definition.name, definition.references);
  refuseUnstorableText(subgraphSchema);
  return subgraphSchema;
}

/** The subgraph's ORM on the database at `url`, with the audit records, change events and field sources every subgraph keeps beside its own entities. */
export function openSubgraphOrm(definition: SubgraphDefinition, url: string, migrationsFolder?: string): ReturnType<typeof openOrm> {
  return openOrm({
    url,
    schema: definition.name,
    entities: [...definition.entities, AuditRecord, ChangeEvent, WebhookEndpoint, WebhookDelivery, FieldProvenance],
    migrations: [
      ...definition.migrations,
      auditRecordMigration,
      changeEventMigration,
      webhookMigration,
      fieldProvenanceMigration,
      fieldProvenancePublicMigration,
    ],
    subscribers: [new AuditSubscriber(definition.entities), new ChangeFeedSubscriber(definition.entities)],
    poolMax: config().DATABASE_POOL_MAX,
    migrationsFolder,
  });
}
