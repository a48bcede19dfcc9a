import type { ServerResponse } from 'node:http';
import { Counter, collectDefaultMetrics, Registry } from 'prom-client';

/** Where a service's metrics are served, in Prometheus' text format. */
export const METRICS_PATH = '/metrics';

/**
 * One service's metrics (a registry per service, so several in one process stay apart): every
 * series is labelled with `service`, with Node's own metrics (event-loop lag, memory, CPU, GC).
 */
export function createMetricsRegistry(service: string): Registry {
  const registry = new Registry();
  registry.setDefaultLabels({ service });
  collectDefaultMetrics({ register: registry });
  return registry;
}

/** Counts answered GraphQL errors by their code (`INTERNAL_SERVER_ERROR` for an error without one). */
export function errorCounter(registry: Registry): (codes: (string | undefined)[]) => void {
  const counter = new Counter({ name: 'graphql_errors_total', help: 'GraphQL errors answered, by code', labelNames: ['code'], registers: [registry] });
  return (codes) => {
    for (const code of codes) counter.inc({ code: code ?? 'INTERNAL_SERVER_ERROR' });
  };
}

/** Answers GET /metrics with the registry's metrics. */
export async function answerMetrics(registry: Registry, response: ServerResponse): Promise<void> {
  const text = await registry.metrics();
  response.writeHead(200, { 'content-type': registry.contentType }).end(text);
}
