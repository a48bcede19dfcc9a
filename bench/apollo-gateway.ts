import { readFileSync } from 'node:fs';
import { ApolloGateway, RemoteGraphQLDataSource } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';

/**
 * The comparison engine: the same supergraph served by stock `@apollo/gateway` in `@apollo/server`,
 * untuned. Two additions, without which it would not answer the same: Authorization is forwarded,
 * and the `for: SECURITY` purpose is dropped from the @requiresScopes link (the gateway refuses
 * supergraphs with security features it does not implement; the subgraphs still check every rule).
 * `node dist/bench/apollo-gateway.js <supergraph> <port>`
 */
async function main() {
  const [supergraphPath, port] = process.argv.slice(2);
  const gateway = new ApolloGateway({
    supergraphSdl: readFileSync(supergraphPath, 'utf8').replace(/(@link\(url: "https:\/\/specs\.apollo\.dev\/requiresScopes\/[^"]+"), for: SECURITY\)/, '$1)'),
    buildService: ({ url }) =>
      new RemoteGraphQLDataSource<{ authorization?: string }>({
        url,
        willSendRequest({ request, context }) {
          if (context.authorization) request.http?.headers.set('authorization', context.authorization);
        },
      }),
  });
  const server = new ApolloServer<{ authorization?: string }>({ gateway });
  await startStandaloneServer(server, { listen: { port: Number(port) }, context: async ({ req }) => ({ authorization: req.headers.authorization }) });
}

void main();
