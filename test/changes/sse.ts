import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import { signDevelopmentToken } from '../../subgraphs/shared/graphql/auth';
import { type Caller, type GraphQLResponse } from '../hub';

/** A subscription over server-sent events (GraphQL over SSE, distinct connections): its results one by one, until `close`. */
export async function subscribe<T, V>(url: string, document: TypedDocumentNode<T, V>, variables: V, as?: Caller) {
  const controller = new AbortController();
  const authorization: Record<string, string> = as ? { authorization: `Bearer ${await signDevelopmentToken(as)}` } : {};
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'text/event-stream', ...authorization },
    body: JSON.stringify({ query: print(document), variables }),
    signal: controller.signal,
  });
  const results: GraphQLResponse<T>[] = [];
  const waiting: Array<() => void> = [];
  const reading = (async () => {
    const decoder = new TextDecoder();
    let buffer = '';
    for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
      buffer += decoder.decode(chunk, { stream: true });
      for (let end = buffer.indexOf('\n\n'); end >= 0; end = buffer.indexOf('\n\n')) {
        const message = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const data = /^data: ?(.*)$/m.exec(message)?.[1];
        if (/^event: next$/m.test(message) && data) results.push(JSON.parse(data));
        for (const wake of waiting.splice(0)) wake();
      }
    }
  })().catch(() => undefined);
  return {
    status: response.status,
    results,
    /** Resolves once `count` results have arrived in all. */
    async received(count: number, timeoutMs = 20_000): Promise<GraphQLResponse<T>[]> {
      const deadline = Date.now() + timeoutMs;
      while (results.length < count) {
        if (Date.now() > deadline) throw new Error(`got ${results.length} results, not ${count}, within ${timeoutMs} ms: ${JSON.stringify(results)}`);
        await new Promise<void>((wake) => {
          waiting.push(wake);
          setTimeout(wake, 100);
        });
      }
      return results;
    },
    async close() {
      controller.abort();
      await reading;
    },
  };
}
