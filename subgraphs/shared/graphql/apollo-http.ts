import type { IncomingMessage, ServerResponse } from 'node:http';
import { type ApolloServer, type BaseContext, type ContextThunk, HeaderMap } from '@apollo/server';
import { readBody, sendJson } from '../platform/http';

const MAX_BODY_BYTES = 1_000_000;

function headerMap(request: IncomingMessage): HeaderMap {
  const headers = new HeaderMap();
  for (const [name, value] of Object.entries(request.headers)) {
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  }
  return headers;
}

/** Serves an Apollo Server over plain `node:http` (the integration API of @apollo/server). */
export async function handleGraphQL<C extends BaseContext>(
  server: ApolloServer<C>,
  context: ContextThunk<C>,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<void> {
  const url = new URL(request.url ?? '/', 'http://localhost');
  const raw = request.method === 'POST' ? await readBody(request, MAX_BODY_BYTES) : '';
  let body: unknown;
  try {
    body = raw ? JSON.parse(raw) : undefined;
  } catch {
    sendJson(response, 400, { errors: [{ message: 'body is not valid JSON' }] });
    return;
  }
  const result = await server.executeHTTPGraphQLRequest({
    httpGraphQLRequest: { method: request.method ?? 'GET', headers: headerMap(request), search: url.search, body },
    context,
  });
  response.statusCode = result.status ?? 200;
  for (const [name, value] of result.headers) response.setHeader(name, value);
  if (result.body.kind === 'complete') {
    response.end(result.body.string);
    return;
  }
  for await (const chunk of result.body.asyncIterator) response.write(chunk);
  response.end();
}
