import { readFileSync } from 'node:fs';
import { ApolloGateway, RemoteGraphQLDataSource } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';

/**
 * The comparison engine: the same supergraph served by stock `@apollo/gateway` in `@apollo/server`,
 * untuned; the only addition is forwarding Authorization, without which the answers would differ.
 * `node dist/bench/apollo-gateway.js <supergraph> <port>`
 */
async function main() {
  const [supergraphPath, port] = process.argv.slice(2);
  const gateway = new ApolloGateway({
    supergraphSdl: readFileSync(supergraphPath, 'utf8'),
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
