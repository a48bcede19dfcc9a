import { createServer, type ServerResponse } from 'node:http';
import { createGatewayRuntime } from '@graphql-hive/gateway-runtime';
import { drainable } from '../subgraphs/shared/platform/drain';
import { createLogger } from '../subgraphs/shared/platform/logger';
import { gatewayConfig, settingsOf, type GatewayOptions } from './config';

export interface RunningGateway {
  url: string;
  stop(): Promise<void>;
}

/** Serves the supergraph through Hive Gateway on `port` (0 picks a free one). */
export async function startGateway(options: GatewayOptions, port: number, host = 'localhost'): Promise<RunningGateway> {
  const { MAX_BODY_BYTES: maxBodyBytes, DRAIN_TIMEOUT_MS: drainTimeoutMs } = settingsOf(options);
  let drained: Promise<void> | undefined;
  const drainOnce = () => (drained ??= drain(drainTimeoutMs));
  const runtime = createGatewayRuntime(gatewayConfig(options, drainOnce));
  const refuse = (response: ServerResponse, status: number, code: string, message: string) =>
    response.writeHead(status, { 'content-type': 'application/json', connection: 'close' }).end(JSON.stringify({ errors: [{ message, extensions: { code } }] }));
  const server = createServer((request, response) => {
    const length = request.headers['content-length'];
    if (request.method === 'POST' && length === undefined) {
      refuse(response, 411, 'LENGTH_REQUIRED', 'send the request body with a Content-Length header');
      return;
    }
    if (Number(length ?? 0) > maxBodyBytes) {
      refuse(response, 413, 'PAYLOAD_TOO_LARGE', `request body is larger than ${maxBodyBytes} bytes`);
      return;
    }
    void runtime(request, response);
  });
  const drain = drainable(server);
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(port, host, done);
  });
  const url = `http://${host}:${(server.address() as { port: number }).port}/graphql`;
  createLogger('gateway').info(`gateway ready at ${url}`);
  return {
    url,
    /** Finishes the requests in flight (for at most DRAIN_TIMEOUT_MS), then lets go of the subgraphs. */
    async stop() {
      await drainOnce();
      await runtime.dispose();
    },
  };
}
