import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { startGateway } from '../gateway/server';
import { subgraphNamed } from '../subgraphs';
import { signDevelopmentToken } from '../subgraphs/shared/graphql/auth';
import { composeSupergraph, subgraphSdl } from '../subgraphs/shared/graphql/composition';
import { startSubgraph } from '../subgraphs/shared/graphql/server';
import { overrideConfig } from '../subgraphs/shared/platform/config';
import { listen } from '../subgraphs/shared/platform/http';
import { databaseUrl, dropDatabase, provideDatabase } from '../subgraphs/shared/platform/postgres';
import { silentProgress } from '../subgraphs/shared/platform/progress';

/**
 * `node dist/bench/changes.js [--seconds 5] [--writers 8] [--channel postgres|redis|nats]`: mutations
 * through the gateway for a while, and how fast their change events reach a webhook receiver, a reader
 * polling the change feed through the gateway, and live `memberChanged` subscribers through the
 * gateway over SSE and over graphql-ws, side by side in one run: events per second, and the latency
 * from the commit (the event's `at`, or for subscribers the member's `updatedAt`, both taken just
 * before COMMIT) to its arrival, p50 and p99. `--channel` is the subgraph's CHANGE_CHANNEL (redis
 * and nats on their usual local ports).
 */
const { values } = parseArgs({
  options: { seconds: { type: 'string', default: '5' }, writers: { type: 'string', default: '8' }, channel: { type: 'string', default: 'postgres' } },
});
const SECONDS = Number(values.seconds);
const WRITERS = Number(values.writers);
const CHANNELS: Record<string, object> = {
  postgres: { CHANGE_CHANNEL: 'postgres' },
  redis: { CHANGE_CHANNEL: 'redis', REDIS_URL: 'redis://127.0.0.1:6379', REDIS_PREFIX: `sambruk-bench-${randomBytes(4).toString('hex')}:` },
  nats: { CHANGE_CHANNEL: 'nats', NATS_URL: 'nats://127.0.0.1:4222' },
};
const MEMBER_CHANGED = 'subscription($memberId: ID!) { memberChanged(memberId: $memberId) { updatedAt } }';

/** Latency of each `memberChanged` event that arrives, from the member's updatedAt. */
const heardAt = (latencies: number[], data: unknown) => {
  const updatedAt = (data as { memberChanged?: { updatedAt: string } } | undefined)?.memberChanged?.updatedAt;
  if (updatedAt) latencies.push(Date.now() - Date.parse(updatedAt));
};

/** `memberChanged` over server-sent events through the gateway, until `stop` aborts it. */
async function followOverSse(url: string, authorization: string, memberId: string, latencies: number[], stop: AbortSignal): Promise<void> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'text/event-stream', authorization },
    body: JSON.stringify({ query: MEMBER_CHANGED, variables: { memberId } }),
    signal: stop,
  });
  let buffer = '';
  const decoder = new TextDecoder();
  for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
    buffer += decoder.decode(chunk, { stream: true });
    for (let end = buffer.indexOf('\n\n'); end >= 0; end = buffer.indexOf('\n\n')) {
      const data = /^data: ?(.*)$/m.exec(buffer.slice(0, end))?.[1];
      buffer = buffer.slice(end + 2);
      if (data) heardAt(latencies, JSON.parse(data).data);
    }
  }
}

/** `memberChanged` over graphql-ws through the gateway; returns how to stop it. */
function followOverWebSocket(url: string, authorization: string, memberId: string, latencies: number[]): () => Promise<void> {
  const client = createClient({ url: url.replace(/^http/, 'ws'), webSocketImpl: WebSocket, connectionParams: { authorization } });
  client.subscribe(
    { query: MEMBER_CHANGED, variables: { memberId } },
    { next: (result) => heardAt(latencies, result.data), error: () => undefined, complete: () => undefined },
  );
  return () => client.dispose() as Promise<void>;
}

/** What the benchmark's operations answer, as far as it reads them. */
type Answer = Record<string, { nodes: Array<{ id: string; at: string }>; pageInfo: { endCursor: string | null } }>;

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))];

function row(name: string, latencies: number[], seconds: number) {
  const sorted = [...latencies].sort((a, b) => a - b);
  return {
    path: name,
    events: sorted.length,
    'events/s': Math.round(sorted.length / seconds),
    'p50 ms': percentile(sorted, 50),
    'p99 ms': percentile(sorted, 99),
  };
}

async function main() {
  overrideConfig({ WEBHOOK_ALLOWED_HOSTS: '127.0.0.1', LOG_LEVEL: 'warn', RATE_LIMIT_PER_MINUTE: '100000000' });
  const server = await provideDatabase();
  const url = databaseUrl(server.url, `sambruk_bench_changes_${randomBytes(4).toString('hex')}`);
  const changes = CHANNELS[values.channel];
  if (!changes) throw new Error(`--channel: one of ${Object.keys(CHANNELS).join(', ')}`);
  const membership = await startSubgraph(subgraphNamed('membership'), { databaseUrl: url, host: '127.0.0.1', seed: true, progress: silentProgress, changes });
  const folder = mkdtempSync(join(tmpdir(), 'sambruk-bench-changes-'));
  const supergraphPath = join(folder, 'supergraph.graphql');
  writeFileSync(
    supergraphPath,
    composeSupergraph([{ name: 'membership', url: membership.url, sdl: await subgraphSdl(subgraphNamed('membership')) }]).supergraph,
  );
  const gateway = await startGateway({ supergraphPath, subgraphUrls: {} }, 0, '127.0.0.1');
  const admin = `Bearer ${await signDevelopmentToken({ role: 'admin' })}`;
  const ask = async (query: string, variables: Record<string, unknown> = {}) => {
    const response = await fetch(gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: admin },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: Answer; errors?: unknown[] };
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data!;
  };

  const members: string[] = (await ask(`{ members(first: ${WRITERS}) { nodes { id } } }`)).members.nodes.map((node) => node.id);
  const webhook: number[] = [];
  const receiver = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk) => (body += chunk));
    request.on('end', () => {
      webhook.push(Date.now() - Date.parse(JSON.parse(body).at));
      response.writeHead(204).end();
    });
  });
  const port = await listen(receiver, 0, '127.0.0.1');
  await ask('mutation($input: WebhookInput!) { registerMembershipWebhook(input: $input) { id } }', {
    input: { url: `http://127.0.0.1:${port}/hooks`, secret: 'benchmark secret 0123456789' },
  });

  const [sse, ws]: number[][] = [[], []];
  const stopSse = new AbortController();
  const following = members.map((memberId) => followOverSse(gateway.url, admin, memberId, sse, stopSse.signal).catch(() => undefined));
  const stopWs = members.map((memberId) => followOverWebSocket(gateway.url, admin, memberId, ws));
  // Subscribers without a cursor start at the newest change: let them all be listening before the first write.
  await new Promise((settle) => setTimeout(settle, 3000));

  const feed: number[] = [];
  let cursor: string | null = null;
  let committed = 0;
  let writing = true;
  const poller = (async () => {
    while (writing || feed.length < committed) {
      const data = await ask('query($after: String) { membershipChanges(after: $after, first: 1000) { nodes { at } pageInfo { endCursor } } }', {
        after: cursor,
      });
      const arrived = Date.now();
      for (const node of data.membershipChanges.nodes) feed.push(arrived - Date.parse(node.at));
      cursor = data.membershipChanges.pageInfo.endCursor;
    }
  })();
  const started = Date.now();
  await Promise.all(
    Array.from({ length: WRITERS }, async (_, writer) => {
      for (let n = 0; Date.now() - started < SECONDS * 1000; n++) {
        await ask('mutation($id: ID!, $input: UpdateMemberInput!) { updateMember(id: $id, input: $input) { id } }', {
          id: members[writer],
          input: { population: 100_000 + writer * 100_000 + n },
        });
        committed++;
      }
    }),
  );
  const wrote = (Date.now() - started) / 1000;
  writing = false;
  await poller;
  const settled = Date.now() + 10_000;
  while ((webhook.length < committed || sse.length < committed || ws.length < committed) && Date.now() < settled)
    await new Promise((resume) => setTimeout(resume, 50));
  const drained = (Date.now() - started) / 1000;
  stopSse.abort();
  await Promise.all([...following, ...stopWs.map((stop) => stop())]);
  console.log(
    `${committed} mutations through the gateway in ${wrote.toFixed(1)} s (${Math.round(committed / wrote)}/s, ${WRITERS} writers, each on its own member), ` +
      `CHANGE_CHANNEL=${values.channel}`,
  );
  console.table([
    row('commit → feed reader (polling through the gateway)', feed, drained),
    row('commit → webhook receiver', webhook, drained),
    row('commit → memberChanged subscriber (SSE through the gateway)', sse, drained),
    row('commit → memberChanged subscriber (graphql-ws through the gateway)', ws, drained),
  ]);

  await gateway.stop();
  await membership.stop();
  receiver.close();
  rmSync(folder, { recursive: true, force: true });
  await dropDatabase(url);
  await server.stop();
}

void main();
