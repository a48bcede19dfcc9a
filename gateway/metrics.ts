import type { GatewayConfigContext, GatewayPlugin } from '@graphql-hive/gateway-runtime';
import usePrometheus from '@graphql-mesh/plugin-prometheus';
import type { GraphQLError } from 'graphql';
import { createMetricsRegistry, errorCounter, METRICS_PATH } from '../subgraphs/shared/platform/metrics';

/** The series the gateway keeps (Hive's Prometheus plugin): cheap ones only, and no URL labels (each request's URL would be a new series). */
const METRICS = {
  graphql_envelop_request: true,
  graphql_envelop_request_duration: true,
  graphql_envelop_error_result: true,
  graphql_yoga_http_duration: true,
  graphql_gateway_fetch_duration: true,
  graphql_gateway_subgraph_execute_duration: true,
  graphql_gateway_subgraph_execute_errors: true,
  graphql_envelop_request_time_summary: false,
  graphql_envelop_deprecated_field: false,
  graphql_envelop_phase_parse: false,
  graphql_envelop_phase_validate: false,
  graphql_envelop_phase_context: false,
  graphql_envelop_phase_execute: false,
  graphql_envelop_phase_subscribe: false,
  graphql_envelop_schema_change: false,
};

/** Every error the gateway answers, by code, including those refused before execution (limits, rate limit, authentication). */
function errorCodes(count: (codes: (string | undefined)[]) => void): GatewayPlugin {
  return {
    onResultProcess({ result }) {
      for (const single of Array.isArray(result) ? result : [result]) {
        const errors = (single as { errors?: readonly GraphQLError[] }).errors ?? [];
        count(errors.map((error) => error.extensions?.code as string | undefined));
      }
    },
  };
}

/**
 * GET /metrics on the gateway: operations and their latency per operation name, errors by phase and by
 * code, each subgraph call's latency and errors, and the process (event-loop lag, memory).
 */
export function metricsPlugins(context: GatewayConfigContext): GatewayPlugin[] {
  const registry = createMetricsRegistry('gateway');
  const prometheus = usePrometheus({ ...context, registry, endpoint: METRICS_PATH, metrics: METRICS, labels: { url: false } });
  return [prometheus, errorCodes(errorCounter(registry))];
}
