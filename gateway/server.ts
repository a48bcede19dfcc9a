import { createServer } from 'node:http';
import { createGatewayRuntime } from '@graphql-hive/gateway-runtime';
import { config } from '../subgraphs/shared/config';
import { createLogger } from '../subgraphs/shared/logger';
import { gatewayConfig, type GatewayOptions } from './config';

export interface RunningGateway {
  url: string;
  stop(): Promise<void>;
}

/** Serves the supergraph through Hive Gateway on `port` (0 picks a free one). */
export async function startGateway(options: GatewayOptions, port: number, host = 'localhost'): Promise<RunningGateway> {
  const runtime = createGatewayRuntime(gatewayConfig(options));
  const maxBodyBytes = config().MAX_BODY_BYTES;
  const server = createServer((request, response) => {
    if (Number(request.headers['content-length'] ?? 0) > maxBodyBytes) {
      response.writeHead(413, { 'content-type': 'application/json', connection: 'close' });
      response.end(JSON.stringify({ errors: [{ message: `request body is larger than ${maxBodyBytes} bytes`, extensions: { code: 'PAYLOAD_TOO_LARGE' } }] }));
      return;
    }
    void runtime(request, response);
  });
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(port, host, done);
  });
  const url = `http://${host}:${(server.address() as { port: number }).port}/graphql`;
  createLogger('gateway').info(`gateway ready at ${url}`);
  return {
    url,
    async stop() {
      server.closeAllConnections();
      await new Promise((done) => server.close(done));
      await runtime.dispose();
    },
  };
}
