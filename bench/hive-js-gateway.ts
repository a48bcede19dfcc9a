import { createServer } from 'node:http';
import { createGatewayRuntime } from '@graphql-hive/gateway-runtime';

/**
 * Hive Gateway with its default JavaScript query planner and no plugins: the same runtime as ours
 * without the Rust planner, auth or limits. `node dist/bench/hive-js-gateway.js <supergraph> <port>`
 */
function main() {
  const [supergraph, port] = process.argv.slice(2);
  const runtime = createGatewayRuntime({
    supergraph,
    logging: false,
    propagateHeaders: {
      fromClientToSubgraphs: ({ request }) => {
        const authorization = request.headers.get('authorization');
        return authorization ? { authorization } : {};
      },
    },
  });
  createServer(runtime).listen(Number(port));
}

main();
