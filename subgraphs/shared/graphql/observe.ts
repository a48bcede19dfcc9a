import type { ApolloServerPlugin, GraphQLRequestContextWillSendResponse } from '@apollo/server';
import type { MikroORM } from '@mikro-orm/postgresql';
import { Gauge, Histogram, type Registry } from 'prom-client';
import { poolUse, statementsSoFar } from '../platform/database';
import type { Logger } from '../platform/logger';
import { errorCounter } from '../platform/metrics';
import type { RequestContext } from './context';

/** What is known of an operation once it is answered. */
interface Answered {
  operationName: string | null;
  codes: string[];
  seconds: number;
  statements: number;
}

/** A subgraph's own series: operations and their latency per operation name, errors by code, SQL statements per operation, and its connection pool. */
function subgraphMetrics(registry: Registry, orm: MikroORM): (answered: Answered) => void {
  const duration = new Histogram({
    name: 'graphql_operation_duration_seconds',
    help: 'Time from an operation arriving to its answer, by operation name (its count is the number of operations)',
    labelNames: ['operationName'],
    registers: [registry],
  });
  const statements = new Histogram({
    name: 'graphql_operation_sql_statements',
    help: 'SQL statements one operation sent',
    buckets: [0, 1, 2, 3, 5, 8, 13, 21, 34, 55],
    registers: [registry],
  });
  const countErrors = errorCounter(registry);
  new Gauge({
    name: 'db_pool_connections',
    help: 'Database connections of this process by state: used (lent to a request), free (idle), waiting (requests waiting for one)',
    labelNames: ['state'],
    registers: [registry],
    collect() {
      for (const [state, count] of Object.entries(poolUse(orm))) this.set({ state }, count);
    },
  });
  return ({ operationName, codes, seconds, statements: count }) => {
    duration.observe({ operationName: operationName ?? 'Anonymous' }, seconds);
    statements.observe(count);
    countErrors(codes);
  };
}

/**
 * What to call an operation in logs and metrics: its name, else what it asks for — the gateway's
 * calls carry no name — e.g. `query members,services` or `query _entities(Member)`; null before it parsed.
 */
export function operationLabel({ operationName, operation, request }: GraphQLRequestContextWillSendResponse<RequestContext>): string | null {
  if (operationName) return operationName;
  if (!operation) return null;
  const fields = new Set<string>();
  for (const selection of operation.selectionSet.selections) if (selection.kind === 'Field') fields.add(selection.name.value);
  const representations = request.variables?.representations;
  const types = Array.isArray(representations) ? [...new Set(representations.map((each) => String((each as { __typename?: unknown }).__typename)))] : [];
  const entities = fields.delete('_entities') ? [`_entities(${types.sort().join(',')})`] : [];
  return `${operation.operation} ${[...entities, ...[...fields].sort()].join(',')}`;
}

/** One log line and the metrics of every operation: its request id (the gateway's), operation name, error codes, SQL statements and duration. */
export function observeOperations(log: Logger, registry: Registry, orm: MikroORM): ApolloServerPlugin<RequestContext> {
  const record = subgraphMetrics(registry, orm);
  return {
    async requestDidStart({ contextValue }) {
      const startedAt = performance.now();
      return {
        async willSendResponse(requestContext) {
          const codes = requestContext.errors?.map((error) => String(error.extensions?.code ?? 'INTERNAL_SERVER_ERROR')) ?? [];
          const answered = {
            operationName: operationLabel(requestContext),
            codes,
            seconds: (performance.now() - startedAt) / 1000,
            statements: statementsSoFar(),
          };
          record(answered);
          const durationMs = Math.round(answered.seconds * 10_000) / 10;
          log.info('request', {
            requestId: contextValue.requestId,
            operationName: answered.operationName,
            errors: codes,
            statements: answered.statements,
            durationMs,
          });
        },
      };
    },
  };
}
