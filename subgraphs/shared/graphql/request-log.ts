import type { ApolloServerPlugin } from '@apollo/server';
import type { Logger } from '../platform/logger';
import type { RequestContext } from './context';

/** One line per operation: its request id (the gateway's), operation name, error codes and duration. */
export function requestLog(log: Logger): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart({ contextValue }) {
      const startedAt = performance.now();
      return {
        async willSendResponse({ operationName, errors }) {
          log.info('request', {
            requestId: contextValue.requestId,
            operationName: operationName ?? null,
            errors: errors?.map((error) => error.extensions?.code ?? 'INTERNAL_SERVER_ERROR') ?? [],
            durationMs: Math.round((performance.now() - startedAt) * 10) / 10,
          });
        },
      };
    },
  };
}
