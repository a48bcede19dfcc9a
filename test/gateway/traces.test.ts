import { InMemorySpanExporter, type ReadableSpan } from '@opentelemetry/sdk-trace-base';
import { startTracing } from '../../subgraphs/shared/platform/tracing';
import { SearchMembersDocument } from '../generated/graphql';
import { dataOf, type Hub, startHub } from '../hub';

const exporter = new InMemorySpanExporter();
let hub: Hub;
beforeAll(async () => {
  startTracing('sambruk-graph-test', exporter);
  hub = await startHub(['membership']);
});
afterAll(() => hub?.stop());

const parentOf = (span: ReadableSpan) => span.parentSpanContext?.spanId;

/** The names of `span`'s ancestors among `spans`, nearest first. */
function ancestry(span: ReadableSpan, spans: ReadableSpan[]): string[] {
  const parent = spans.find((candidate) => candidate.spanContext().spanId === parentOf(span));
  return parent ? [parent.name, ...ancestry(parent, spans)] : [];
}

test('one request through the gateway is one trace: gateway, the subgraph it called, and each SQL statement the subgraph ran', async () => {
  exporter.reset();
  dataOf(await hub.request(SearchMembersDocument, { search: 'Nacka', first: 1 }));
  await new Promise((done) => setTimeout(done, 100));
  // The gateway's own start (gateway.initialization, on its first request) is a trace apart.
  const spans = exporter.getFinishedSpans().filter((span) => !span.name.startsWith('gateway.'));
  const roots = spans.filter((span) => !parentOf(span));
  expect(roots.map((span) => span.name)).toEqual(['POST /graphql']);
  expect(new Set(spans.map((span) => span.spanContext().traceId))).toEqual(new Set([roots[0].spanContext().traceId]));
  const [subgraph] = spans.filter((span) => span.name === 'graphql membership');
  expect(ancestry(subgraph, spans)).toEqual([
    'http.fetch',
    'subgraph.execute (membership)',
    'graphql.execute',
    'graphql.operation SearchMembers',
    'POST /graphql',
  ]);
  const sql = spans.filter((span) => span.name.startsWith('pg.query'));
  expect(sql.length).toBeGreaterThan(0);
  for (const statement of sql) expect(ancestry(statement, spans)[0]).toBe('graphql membership');
  const serviceOf = (span: ReadableSpan) => span.resource.attributes['service.name'];
  // Services that share a process keep their names: the subgraph's spans and its SQL are membership's, the gateway's are not.
  expect(new Set([subgraph, ...sql].map(serviceOf))).toEqual(new Set(['membership']));
  expect(serviceOf(roots[0])).toBe('sambruk-graph-test');
  expect(sql.map((statement) => String(statement.attributes['db.statement'] ?? statement.attributes['db.query.text']))).toContainEqual(
    expect.stringMatching(/select .* from "membership"\."member"/i),
  );
});
