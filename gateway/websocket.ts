import type { IncomingMessage, Server } from 'node:http';
import { type GatewayRuntime, getGraphQLWSOptions } from '@graphql-hive/gateway-runtime';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';

/** The caller's Authorization from the connection's `connectionParams`: `authorization` ("Bearer <JWT>") or `token` (the JWT alone). */
function authorizationOf(connectionParams: Readonly<Record<string, unknown>> | undefined, request: IncomingMessage): string | undefined {
  const { authorization, token } = connectionParams ?? {};
  if (typeof authorization === 'string') return authorization;
  if (typeof token === 'string') return `Bearer ${token}`;
  return request.headers.authorization;
}

/**
 * GraphQL over WebSocket (graphql-ws protocol) on the gateway's endpoint, beside SSE: each operation
 * runs through the same runtime and plugins as an HTTP request whose Authorization header is the one
 * in `connectionParams` (browsers cannot set headers on a WebSocket). Returns how to close it.
 */
export function serveWebSockets(server: Server, runtime: GatewayRuntime): () => Promise<void> {
  const sockets = new WebSocketServer({ server, path: runtime.graphqlEndpoint });
  const served = useServer(
    getGraphQLWSOptions(runtime, async ({ connectionParams, extra }) => {
      // An HTTP request loads the supergraph on its way in; an operation over a socket does not.
      await runtime.getSchema();
      const { request: req } = extra as { request: IncomingMessage };
      const headers = new runtime.fetchAPI.Headers(req.headers as Record<string, string>);
      const authorization = authorizationOf(connectionParams, req);
      if (authorization) headers.set('authorization', authorization);
      else headers.delete('authorization');
      const request = new runtime.fetchAPI.Request(`http://${req.headers.host ?? 'localhost'}${req.url ?? '/'}`, { headers });
      return { req, socket: (extra as { socket: unknown }).socket, request };
    }),
    sockets,
  );
  return async () => {
    for (const client of sockets.clients) client.terminate();
    await served.dispose();
  };
}
