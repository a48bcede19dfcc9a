import type { IncomingHttpHeaders } from 'node:http';
import { context, propagation, SpanKind, SpanStatusCode, trace } from '@opentelemetry/api';
import type * as ContextAsyncHooks from '@opentelemetry/context-async-hooks';
import type * as Core from '@opentelemetry/core';
import type * as OtlpHttp from '@opentelemetry/exporter-trace-otlp-http';
import type * as InstrumentationPg from '@opentelemetry/instrumentation-pg';
import type * as Resources from '@opentelemetry/resources';
import type * as TraceSdk from '@opentelemetry/sdk-trace-base';
import { config } from './config';

let provider: TraceSdk.BasicTracerProvider | undefined;

/** The SDK's modules, loaded only when tracing is on (they add a second to every start otherwise). */
const sdk = () => ({
  trace: require('@opentelemetry/sdk-trace-base') as typeof TraceSdk,
  contextManager: require('@opentelemetry/context-async-hooks') as typeof ContextAsyncHooks,
  core: require('@opentelemetry/core') as typeof Core,
  otlp: require('@opentelemetry/exporter-trace-otlp-http') as typeof OtlpHttp,
  pg: require('@opentelemetry/instrumentation-pg') as typeof InstrumentationPg,
  resources: require('@opentelemetry/resources') as typeof Resources,
});

/**
 * SQL spans from OpenTelemetry's pg instrumentation, only inside a traced request. Besides the hook it
 * sets on `require`, the pg module is patched here at once, for a process (or a test) that loaded it first.
 */
function instrumentPg(tracerProvider: TraceSdk.BasicTracerProvider, { PgInstrumentation }: typeof InstrumentationPg): void {
  const instrumentation = new PgInstrumentation({ requireParentSpan: true, enhancedDatabaseReporting: false });
  instrumentation.setTracerProvider(tracerProvider);
  const pg = require('pg');
  for (const definition of instrumentation.getModuleDefinitions()) if (definition.name === 'pg') definition.patch?.(pg, pg.version);
}

/**
 * Traces this process with OpenTelemetry: off unless OTEL_EXPORTER_OTLP_ENDPOINT is set (spans are
 * sent there by OTLP over HTTP) or an `exporter` is given (tests). W3C trace context is read from and
 * passed on in `traceparent`. Once per process: the first service to start names it. Answers whether
 * tracing is on.
 */
export function startTracing(service: string, exporter?: TraceSdk.SpanExporter): boolean {
  if (provider) return true;
  const endpoint = config().OTEL_EXPORTER_OTLP_ENDPOINT;
  if (!exporter && !endpoint) return false;
  const modules = sdk();
  const { BasicTracerProvider, BatchSpanProcessor, SimpleSpanProcessor } = modules.trace;
  const processor = exporter ? new SimpleSpanProcessor(exporter) : new BatchSpanProcessor(new modules.otlp.OTLPTraceExporter({ url: `${endpoint}/v1/traces` }));
  provider = new BasicTracerProvider({ resource: modules.resources.resourceFromAttributes({ 'service.name': service }), spanProcessors: [processor] });
  trace.setGlobalTracerProvider(provider);
  context.setGlobalContextManager(new modules.contextManager.AsyncLocalStorageContextManager().enable());
  propagation.setGlobalPropagator(new modules.core.W3CTraceContextPropagator());
  instrumentPg(provider, modules.pg);
  return true;
}

/** Whether this process traces (see startTracing). */
export const tracing = (): boolean => provider !== undefined;

/** Sends the spans not sent yet (before a process exits). */
export async function flushTracing(): Promise<void> {
  await provider?.forceFlush();
}

/** Runs `work` (one request a service serves) in a span of its own, the child of the caller's span when `headers` carry a W3C `traceparent`. */
export function inServerSpan<T>(name: string, headers: IncomingHttpHeaders, work: () => Promise<T>): Promise<T> {
  if (!provider) return work();
  const parent = propagation.extract(context.active(), headers);
  return trace.getTracer('sambruk-graph').startActiveSpan(name, { kind: SpanKind.SERVER }, parent, async (span) => {
    try {
      return await work();
    } catch (error) {
      span.setStatus({ code: SpanStatusCode.ERROR, message: String(error) });
      throw error;
    } finally {
      span.end();
    }
  });
}
