import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { subgraphNamed } from '../subgraphs';
import { signDevelopmentToken } from '../subgraphs/shared/graphql/auth';
import { type RunningSubgraph, startSubgraph } from '../subgraphs/shared/graphql/server';
import { databaseUrl, dropDatabase, ensureDatabase, provideDatabase } from '../subgraphs/shared/platform/postgres';
import { silentProgress } from '../subgraphs/shared/platform/progress';

/**
 * A billing run on the scaled world: `SEED_SCALE=10 node dist/bench/billing-run.js` (1 400 members
 * and 2 330 subscriptions in 2023; DATABASE_URL or an embedded server). Prints, for each run, its
 * time, the SQL statements finance ran and how much the process's resident memory rose at its peak.
 */
const RUNS: Array<{ year: number; dryRun: boolean; what: string }> = [
  { year: 2015, dryRun: true, what: 'dry run 2015 (fees only)' },
  { year: 2023, dryRun: true, what: 'dry run 2023 (seeded: all unchanged)' },
  { year: 2023, dryRun: false, what: 'commit 2023 (unchanged: writes nothing)' },
  { year: 2024, dryRun: false, what: 'commit 2024 (nothing recorded: writes every line)' },
];

async function measure(finance: RunningSubgraph, token: string, year: number, dryRun: boolean) {
  const baseline = process.memoryUsage().rss;
  let peak = baseline;
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 5);
  const statements = finance.statements.total;
  const started = performance.now();
  const response = await fetch(finance.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({
      query: 'mutation ($year: Int!, $dryRun: Boolean!) { billingRun(year: $year, dryRun: $dryRun) { written lines { status } } }',
      variables: { year, dryRun },
    }),
  });
  const body = (await response.json()) as { data?: { billingRun: { written: number; lines: unknown[] } }; errors?: unknown[] };
  const ms = performance.now() - started;
  clearInterval(sampler);
  if (!body.data) throw new Error(`billingRun failed: ${JSON.stringify(body.errors)}`);
  return {
    ms,
    statements: finance.statements.total - statements,
    lines: body.data.billingRun.lines.length,
    written: body.data.billingRun.written,
    rise: peak - baseline,
  };
}

async function main() {
  const server = await provideDatabase();
  const url = databaseUrl(server.url, `sambruk_bench_billing_${randomBytes(4).toString('hex')}`);
  await ensureDatabase(url);
  const running: RunningSubgraph[] = [];
  try {
    const peers: Record<string, string> = {};
    for (const name of ['membership', 'services', 'projects', 'finance']) {
      const subgraph = await startSubgraph(subgraphNamed(name), {
        databaseUrl: url,
        port: 0,
        host: '127.0.0.1',
        seed: true,
        progress: silentProgress,
        peers,
        clock: () => '2024-06-01',
      });
      peers[name] = subgraph.url;
      running.push(subgraph);
    }
    const token = await signDevelopmentToken({ role: 'admin' });
    const finance = running.at(-1)!;
    console.log(`scale ${process.env.SEED_SCALE ?? 1}`);
    for (const { year, dryRun, what } of RUNS) {
      const { ms, statements, lines, written, rise } = await measure(finance, token, year, dryRun);
      console.log(
        `${what.padEnd(52)} ${String(lines).padStart(5)} lines  ${String(written).padStart(5)} written  ${ms.toFixed(0).padStart(6)} ms  ` +
          `${String(statements).padStart(3)} SQL statements in finance  +${(rise / 2 ** 20).toFixed(0)} MiB peak RSS`,
      );
    }
  } finally {
    for (const subgraph of running.reverse()) await subgraph.stop();
    await dropDatabase(url);
    await server.stop();
  }
}

void main();
