import type { GatewayConfigSupergraph, GatewayPlugin } from '@graphql-hive/gateway-runtime';

/**
 * Browsers may call the gateway with credentials from the origins in CORS_ORIGINS alone; any other
 * origin gets no CORS headers at all (not even `null`, which sandboxed pages send as their origin).
 * Pages may read the `x-request-id` the gateway answers with.
 */
export function corsOptions(origins: string[]): GatewayConfigSupergraph['cors'] {
  const allowed = new Set(origins);
  return (request: Request) => {
    const origin = request.headers.get('origin');
    if (!origin || !allowed.has(origin)) return false;
    return {
      origin: [origin],
      credentials: true,
      methods: ['GET', 'POST'],
      allowedHeaders: ['authorization', 'content-type'],
      exposedHeaders: ['x-request-id'],
      maxAge: 600,
    };
  };
}

/** The CORS headers depend on the request's Origin: shared caches must keep answers apart by it. */
export function varyByOrigin(): GatewayPlugin {
  return {
    onResponse({ response }) {
      response.headers.append('vary', 'Origin');
    },
  };
}
