import type { IncomingHttpHeaders } from 'node:http';
import {
  type Context,
  context,
  createContextKey,
  propagation,
  type Span,
  SpanKind,
  type SpanOptions,
  SpanStatusCode,
  type Tracer,
  type TracerProvider,
  trace,
} from '@opentelemetry/api';
import type * as ContextAsyncHooks from '@opentelemetry/context-async-hooks';
import type * as Core from '@opentelemetry/core';
import type * as OtlpHttp from '@opentelemetry/exporter-trace-otlp-http';
import type * as InstrumentationPg from '@opentelemetry/instrumentation-pg';
import type * as Resources from '@opentelemetry/resources';
import type * as TraceSdk from '@opentelemetry/sdk-trace-base';
import { config } from './config';

/** One tracer provider per service this process runs (several subgraphs share one under `npm start`), each naming its service. */
const providers = new Map<string, TraceSdk.BasicTracerProvider>();
let spanProcessor: TraceSdk.SpanProcessor | undefined;
let firstService = '';
const SERVICE = createContextKey('sambruk.service');

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
function instrumentPg(tracerProvider: TracerProvider, { PgInstrumentation }: typeof InstrumentationPg): void {
  const instrumentation = new PgInstrumentation({ requireParentSpan: true, enhancedDatabaseReporting: false });
  instrumentation.setTracerProvider(tracerProvider);
  const pg = require('pg');
  for (const definition of instrumentation.getModuleDefinitions()) if (definition.name === 'pg') definition.patch?.(pg, pg.version);
}

/** The provider of the service serving the request `ctx` belongs to; the first service's outside any request. */
const providerIn = (ctx: Context) => providers.get(ctx.getValue(SERVICE) as string) ?? providers.get(firstService)!;

/** Starts each span with the provider of the service whose request it belongs to, so that its spans (SQL too) carry that service's name. */
const routingProvider: TracerProvider = {
  getTracer(name, version, options) {
    const startSpan = (spanName: string, spanOptions?: SpanOptions, ctx = context.active()) =>
      providerIn(ctx).getTracer(name, version, options).startSpan(spanName, spanOptions, ctx);
    return {
      startSpan,
      startActiveSpan(spanName: string, ...rest: unknown[]) {
        const work = rest.pop() as (span: Span) => unknown;
        const [spanOptions, ctx = context.active()] = rest as [SpanOptions | undefined, Context | undefined];
        const span = startSpan(spanName, spanOptions, ctx);
        return context.with(trace.setSpan(ctx, span), work, undefined, span);
      },
    } as Tracer;
  },
};

/** Sets the global tracer provider, context manager and propagator, and patches pg: once per process. */
function startSdk(modules: ReturnType<typeof sdk>): void {
  trace.setGlobalTracerProvider(routingProvider);
  context.setGlobalContextManager(new modules.contextManager.AsyncLocalStorageContextManager().enable());
  propagation.setGlobalPropagator(new modules.core.W3CTraceContextPropagator());
  instrumentPg(routingProvider, modules.pg);
}

/**
 * Traces `service` with OpenTelemetry: off unless OTEL_EXPORTER_OTLP_ENDPOINT is set (spans are sent
 * there by OTLP over HTTP) or an `exporter` is given (tests; services started later in the process
 * send theirs there too). W3C trace context is read from and passed on in `traceparent`. Answers
 * whether tracing is on.
 */
export function startTracing(service: string, exporter?: TraceSdk.SpanExporter): boolean {
  if (providers.has(service)) return true;
  const endpoint = config().OTEL_EXPORTER_OTLP_ENDPOINT;
  if (!exporter && !endpoint && !spanProcessor) return false;
  const modules = sdk();
  const { BasicTracerProvider, BatchSpanProcessor, SimpleSpanProcessor } = modules.trace;
  const started = spanProcessor !== undefined;
  spanProcessor ??= exporter ? new SimpleSpanProcessor(exporter) : new BatchSpanProcessor(new modules.otlp.OTLPTraceExporter({ url: `${endpoint}/v1/traces` }));
  const resource = modules.resources.resourceFromAttributes({ 'service.name': service });
  providers.set(service, new BasicTracerProvider({ resource, spanProcessors: [spanProcessor] }));
  firstService ||= service;
  if (!started) startSdk(modules);
  return true;
}

/** Whether this process traces (see startTracing). */
export const tracing = (): boolean => providers.size > 0;

/** Sends the spans not sent yet (before a process exits). */
export async function flushTracing(): Promise<void> {
  await spanProcessor?.forceFlush();
}

/**
 * Runs `work` (one request `service` serves) in a span of its own, the child of the caller's span
 * when `headers` carry a W3C `traceparent`; the spans it starts are `service`'s.
 */
export function inServerSpan<T>(service: string, name: string, headers: IncomingHttpHeaders, work: () => Promise<T>): Promise<T> {
  if (!providers.size) return work();
  const parent = propagation.extract(context.active(), headers).setValue(SERVICE, service);
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
