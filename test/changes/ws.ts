import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { signDevelopmentToken } from '../../subgraphs/shared/graphql/auth';
import type { Caller, GraphQLResponse } from '../hub';

/**
 * A subscription over GraphQL over WebSocket (graphql-ws), the token in `connectionParams`: its
 * results one by one (a refusal the server sends as an error message too), until `close`.
 */
export async function subscribeOverWebSocket<T, V>(url: string, document: TypedDocumentNode<T, V>, variables: V, as?: Caller) {
  const authorization = as ? `Bearer ${await signDevelopmentToken(as)}` : undefined;
  const client = createClient({ url: url.replace(/^http/, 'ws'), webSocketImpl: WebSocket, connectionParams: { authorization }, retryAttempts: 0 });
  const results: GraphQLResponse<T>[] = [];
  let completed = false;
  const stop = client.subscribe<T>(
    { query: print(document), variables: variables as Record<string, unknown> },
    {
      next: (result) => results.push(result as GraphQLResponse<T>),
      error: (error) => results.push({ errors: Array.isArray(error) ? error : [{ message: String(error) }] } as GraphQLResponse<T>),
      complete: () => {
        completed = true;
      },
    },
  );
  return {
    results,
    get completed() {
      return completed;
    },
    /** Resolves once `count` results have arrived in all. */
    async received(count: number, timeoutMs = 20_000): Promise<GraphQLResponse<T>[]> {
      const deadline = Date.now() + timeoutMs;
      while (results.length < count) {
        if (Date.now() > deadline) throw new Error(`got ${results.length} results, not ${count}, within ${timeoutMs} ms: ${JSON.stringify(results)}`);
        await new Promise((wake) => setTimeout(wake, 50));
      }
      return results;
    },
    async close() {
      stop();
      await client.dispose();
    },
  };
}
