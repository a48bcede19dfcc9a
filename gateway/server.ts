import { createServer } from 'node:http';
import { createGatewayRuntime } from '@graphql-hive/gateway-runtime';
import { drainable } from '../subgraphs/shared/platform/drain';
import { listen, sendJson } from '../subgraphs/shared/platform/http';
import { createLogger } from '../subgraphs/shared/platform/logger';
import { startTracing } from '../subgraphs/shared/platform/tracing';
import { type GatewayOptions, gatewayConfig, settingsOf } from './config';
import { handleExport } from './export/handler';
import { subgraphsOf, untilReady } from './readiness';
import { connectRedis } from './redis';
import { serveWebSockets } from './websocket';

export interface RunningGateway {
  url: string;
  stop(): Promise<void>;
}

/** Why a request's body is refused before the gateway reads it: none announced for a POST (411), or one over MAX_BODY_BYTES (413). */
function bodyRefusal(method: string | undefined, length: string | undefined, maxBodyBytes: number): { status: number; code: string; message: string } | null {
  if (method === 'POST' && length === undefined) return { status: 411, code: 'LENGTH_REQUIRED', message: 'send the request body with a Content-Length header' };
  if (Number(length ?? 0) > maxBodyBytes) return { status: 413, code: 'PAYLOAD_TOO_LARGE', message: `request body is larger than ${maxBodyBytes} bytes` };
  return null;
}

/**
 * Serves the supergraph through Hive Gateway on `port` (0 picks a free one), subscriptions over SSE and
 * WebSocket; with GATEWAY_AWAIT_SUBGRAPHS on, it listens once every subgraph is ready, having loaded the
 * supergraph meanwhile (otherwise the first request loads it).
 */
export async function startGateway(options: GatewayOptions, port: number, host = 'localhost'): Promise<RunningGateway> {
  const settings = settingsOf(options);
  const { MAX_BODY_BYTES: maxBodyBytes, DRAIN_TIMEOUT_MS: drainTimeoutMs, REDIS_URL: redisUrl } = settings;
  let drained: Promise<void> | undefined;
  const drainOnce = () => (drained ??= drain(drainTimeoutMs));
  const redis = await connectRedis(redisUrl);
  startTracing('gateway');
  const runtime = createGatewayRuntime(gatewayConfig(options, { drain: drainOnce, redis }));
  let url = '';
  const server = createServer((request, response) => {
    const refusal = bodyRefusal(request.method, request.headers['content-length'], maxBodyBytes);
    if (refusal) sendJson(response, refusal.status, { errors: [{ message: refusal.message, extensions: { code: refusal.code } }] }, { connection: 'close' });
    else if (request.url?.split('?')[0] === '/export') void handleExport(request, response, url, maxBodyBytes);
    else void runtime(request, response);
  });
  const closeWebSockets = serveWebSockets(server, runtime);
  const drain = drainable(server);
  if (settings.GATEWAY_AWAIT_SUBGRAPHS === 'on')
    await Promise.all([runtime.getSchema(), untilReady(subgraphsOf(options.supergraphPath, options.subgraphUrls), settings.SUBGRAPH_TIMEOUT_MS)]);
  url = `http://${host}:${await listen(server, port, host)}/graphql`;
  createLogger('gateway').info(`gateway ready at ${url}`);
  return {
    url,
    /** Finishes the requests in flight (for at most DRAIN_TIMEOUT_MS), then lets go of the subgraphs. */
    async stop() {
      await closeWebSockets();
      await drainOnce();
      await runtime.dispose();
      await redis?.quit();
    },
  };
}
