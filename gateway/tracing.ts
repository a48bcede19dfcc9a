import type { GatewayConfigContext } from '@graphql-hive/gateway-runtime';
import { tracing } from '../subgraphs/shared/platform/tracing';

type HiveOpenTelemetry = typeof import('@graphql-hive/plugin-opentelemetry');

/**
 * When this process traces (OTEL_EXPORTER_OTLP_ENDPOINT): Hive's OpenTelemetry plugin, with spans for
 * the HTTP request, the operation, each subgraph call and its fetch, whose `traceparent` the subgraph
 * continues. Loaded only then.
 */
export function tracingPlugins(context: GatewayConfigContext): ReturnType<HiveOpenTelemetry['useOpenTelemetry']>[] {
  if (!tracing()) return [];
  const { useOpenTelemetry }: HiveOpenTelemetry = require('@graphql-hive/plugin-opentelemetry');
  return [useOpenTelemetry({ ...context, traces: true, propagateContext: true, flushOnDispose: 'forceFlush' })];
}
