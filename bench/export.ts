import { request as httpRequest } from 'node:http';
import { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Client } from 'pg';
import { to as copyTo } from 'pg-copy-streams';
import { signDevelopmentToken } from '../subgraphs/shared/graphql/auth';
import { peakRssMiB } from './processes';

/** Every subscription with its member and service: the export the issue asks to measure. */
const QUERY = '{ subscriptions(first: 200) { nodes { id from to variant member { name county } service { name } } } }';

/** The floor: the same rows in one `COPY (SELECT …) TO STDOUT` straight from PostgreSQL. */
const COPY = `copy (
  select s.id, s."from", s."to", s.variant, m.name, m.county, sv.name
  from services.subscription s join membership.member m on m.id = s.member_id join services.service sv on sv.id = s.service_id
  order by s."from", s.id) to stdout with (format csv, header)`;

interface Run {
  label: string;
  rows: number;
  seconds: number;
  bytes: number;
}

/** Counts what passes: bytes and lines. */
function counter(): Writable & { bytes: number; lines: number } {
  const sink = new Writable({
    write(chunk: Buffer, _, done) {
      sink.bytes += chunk.length;
      for (const byte of chunk) if (byte === 10) sink.lines++;
      done();
    },
  }) as Writable & { bytes: number; lines: number };
  sink.bytes = 0;
  sink.lines = 0;
  return sink;
}

async function viaGateway(gatewayUrl: string, format: 'csv' | 'xlsx'): Promise<Run> {
  const body = JSON.stringify({ query: QUERY });
  const authorization = `Bearer ${await signDevelopmentToken({ role: 'analyst' })}`;
  const started = performance.now();
  const sink = counter();
  const { status, trailer } = await new Promise<{ status: number; trailer: string }>((resolve, reject) => {
    const request = httpRequest(
      new URL(`/export?format=${format}`, gatewayUrl),
      { method: 'POST', headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), authorization } },
      (response) => {
        response.pipe(sink);
        sink.on('finish', () => resolve({ status: response.statusCode!, trailer: response.trailers['x-export-status'] ?? '' }));
        response.on('error', reject);
      },
    );
    request.on('error', reject);
    request.end(body);
  });
  const rows = Number(/rows=(\d+)/.exec(trailer)?.[1] ?? Number.NaN);
  if (status !== 200 || Number.isNaN(rows)) throw new Error(`the ${format} export failed: HTTP ${status}, ${trailer}`);
  return { label: `ours: POST /export?format=${format} through the gateway`, rows, seconds: (performance.now() - started) / 1000, bytes: sink.bytes };
}

async function viaCopy(databaseUrl: string): Promise<Run> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const started = performance.now();
    const sink = counter();
    await pipeline(client.query(copyTo(COPY)), sink);
    return { label: 'floor: COPY (SELECT …) TO STDOUT', rows: sink.lines - 1, seconds: (performance.now() - started) / 1000, bytes: sink.bytes };
  } finally {
    await client.end();
  }
}

/**
 * `npm run bench -- --export [--scale 10]`: every subscription with member and service exported
 * through our gateway as CSV and XLSX against PostgreSQL's COPY, rows/s side by side in one run,
 * and the exporting gateway's peak resident memory.
 */
export async function exportBench(gatewayUrl: string, databaseUrl: string, gatewayPid: number | undefined): Promise<void> {
  const before = peakRssMiB(gatewayPid);
  const runs = [await viaCopy(databaseUrl), await viaGateway(gatewayUrl, 'csv'), await viaGateway(gatewayUrl, 'xlsx')];
  const floor = runs[0].rows / runs[0].seconds;
  console.log('\nExport of every subscription with member and service:');
  for (const run of runs) {
    const rate = run.rows / run.seconds;
    console.log(
      `  ${run.label.padEnd(48)} ${String(run.rows).padStart(7)} rows  ${run.seconds.toFixed(2).padStart(7)} s  ${rate.toFixed(0).padStart(8)} rows/s  ` +
        `${(rate / floor).toFixed(3)} × floor  ${(run.bytes / 1024).toFixed(0)} KiB`,
    );
  }
  console.log(`  gateway peak resident memory: ${before ?? '?'} MiB before the exports, ${peakRssMiB(gatewayPid) ?? '?'} MiB after`);
}
