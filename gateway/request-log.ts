import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { REQUEST_ID_HEADER } from '../subgraphs/shared/platform/http';
import type { Logger } from '../subgraphs/shared/platform/logger';

interface Timing {
  startedAt: number;
  operationName?: string;
}

/** One line per GraphQL request: its request id, operation name, HTTP status and duration (health and readiness probes are not logged). */
export function requestLog(log: Logger): GatewayPlugin {
  const timings = new WeakMap<Request, Timing>();
  return {
    onParams({ request, params }) {
      timings.set(request, { startedAt: performance.now(), operationName: params.operationName ?? undefined });
    },
    onResponse({ request, response }) {
      const timing = timings.get(request);
      if (!timing) return;
      log.info('request', {
        requestId: response.headers.get(REQUEST_ID_HEADER) ?? request.headers.get(REQUEST_ID_HEADER),
        operationName: timing.operationName ?? null,
        status: response.status,
        durationMs: Math.round((performance.now() - timing.startedAt) * 10) / 10,
      });
    },
  };
}
