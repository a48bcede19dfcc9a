import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import ExcelJS from 'exceljs';
import { ERROR_MARKER } from '../../gateway/export/writers';
import { signDevelopmentToken } from '../../subgraphs/shared/graphql/auth';
import { ore, sek } from '../finance/money';
import { ANALYST, type Caller, type Hub, startHub } from '../hub';

let hub: Hub;
beforeAll(async () => {
  hub = await startHub(['membership', 'services', 'projects', 'finance']);
});
afterAll(() => hub?.stop());

interface Exported {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
  trailers: Record<string, string | undefined>;
}

/** POSTs an export over plain HTTP, so that the trailers can be read. */
async function exportOf(format: string, query: string, options: { as?: Caller; gatewayUrl?: string; variables?: object } = {}): Promise<Exported> {
  const url = new URL(`/export?format=${format}`, options.gatewayUrl ?? hub.gateway.url);
  const body = JSON.stringify({ query, variables: options.variables });
  const authorization = options.as ? { authorization: `Bearer ${await signDevelopmentToken(options.as)}` } : {};
  return new Promise((resolve, reject) => {
    const request = httpRequest(
      url,
      { method: 'POST', headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), ...authorization } },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({ status: response.statusCode!, headers: response.headers, body: Buffer.concat(chunks), trailers: response.trailers }),
        );
        response.on('error', reject);
      },
    );
    request.on('error', reject);
    request.end(body);
  });
}

const lines = (exported: Exported) => exported.body.toString('utf8').split('\r\n').filter(Boolean);

async function sheetOf(exported: Exported): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(exported.body as unknown as ArrayBuffer);
  return workbook.worksheets[0];
}

const MEMBERS = `query { members(first: 40) { totalCount nodes { name kind county joinedOn services(activeOn: "2023-06-01") { name } } } }`;

describe('POST /export', () => {
  test('CSV: every member over all pages, UTF-8 with BOM, nested lists joined in one cell, a trailer saying it is complete', async () => {
    const exported = await exportOf('csv', MEMBERS);
    expect(exported.status).toBe(200);
    expect(exported.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect([...exported.body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [header, ...rows] = lines(exported);
    expect(header).toBe('\uFEFFname,kind,county,joinedOn,services.name');
    const total = Number(exported.headers['x-export-total']);
    expect(total).toBeGreaterThan(140);
    expect(rows).toHaveLength(total);
    expect(exported.trailers['x-export-status']).toBe(`complete; rows=${total}`);
    const nacka = rows.find((row) => row.startsWith('Nacka kommun,'))!;
    expect(nacka).toMatch(/^Nacka kommun,MUNICIPALITY,Stockholms län,2014-10-22,.*Provisum/);
    expect(rows.some((row) => /[ÅÄÖåäö]/.test(row.split(',')[0]))).toBe(true);
  });

  test('a list asked as Relay edges exports the same rows as the same list asked as nodes', async () => {
    const edges = await exportOf(
      'csv',
      'query { members(first: 60) { edges { cursor node { name kind county joinedOn services(activeOn: "2023-06-01") { name } } } } }',
    );
    const [header, ...rows] = lines(edges);
    expect(header).toBe('\uFEFFname,kind,county,joinedOn,services.name');
    expect(rows).toEqual(lines(await exportOf('csv', MEMBERS)).slice(1));
  });

  test('XLSX: the subscription list with member and service, dates as dates; charges with amounts as numbers adding up to 12 968 114 SEK', async () => {
    const subscriptions = await exportOf(
      'xlsx',
      'query Subs { subscriptions(first: 100) { nodes { from to variant member { name county } service { name } } } }',
      { as: ANALYST },
    );
    expect(subscriptions.status).toBe(200);
    expect(subscriptions.trailers['x-export-status']).toMatch(/^complete; rows=\d+$/);
    const sheet = await sheetOf(subscriptions);
    expect(sheet.getRow(1).values).toEqual([undefined, 'from', 'to', 'variant', 'member.name', 'member.county', 'service.name']);
    expect(sheet.rowCount).toBe(Number(subscriptions.headers['x-export-total']) + 1);
    expect(sheet.getRow(2).getCell(1).value).toBeInstanceOf(Date);

    const charges = await exportOf(
      'xlsx',
      'query ($year: Int) { charges(first: 150, year: $year) { nodes { year amount { amount } member { name } service { name } } } }',
      {
        as: ANALYST,
        variables: { year: 2023 },
      },
    );
    const rows = (await sheetOf(charges)).getSheetValues().slice(2) as unknown[][];
    expect(rows.every((row) => typeof row[2] === 'number' && typeof row[1] === 'number')).toBe(true);
    const total = rows.reduce((sum, row) => sum + BigInt(Math.round((row[2] as number) * 100)), 0n);
    expect(total).toBe(ore(sek(12_968_114)));
  });

  test.each([
    ['an unknown format', 'pdf', MEMBERS, undefined, 400, 'BAD_USER_INPUT', /^format: "pdf" is not a format/],
    ['a query without a list', 'csv', '{ service(slug: "bibblix") { name } }', undefined, 400, 'BAD_USER_INPUT', /exactly one list .* found no list/],
    [
      'a query with two lists',
      'csv',
      '{ members { nodes { name } } services { nodes { name } } }',
      undefined,
      400,
      'BAD_USER_INPUT',
      /found 2 lists \(members, services\)/,
    ],
    ['a field the caller may not see', 'xlsx', '{ charges(first: 10) { nodes { year } } }', undefined, 403, 'FORBIDDEN', /./],
    ['a mutation', 'csv', 'mutation { endSubscription(id: "x", on: "2023-01-01") { id } }', ANALYST, 400, 'BAD_USER_INPUT', /only a query/],
  ])('%s is a JSON error before any byte of the file', async (_, format, query, as, status, code, message) => {
    const exported = await exportOf(format, query, { as });
    expect(exported.status).toBe(status);
    expect(exported.headers['content-type']).toBe('application/json');
    const [error] = JSON.parse(exported.body.toString('utf8')).errors;
    expect(error.extensions.code).toBe(code);
    expect(error.message).toMatch(message);
  });

  test('an error in a later page (here the rate limit) ends the file with a visible error row and an error trailer', async () => {
    const limited = await hub.startGateway({ settings: { RATE_LIMIT_PER_MINUTE: 3 } });
    const exported = await exportOf('csv', 'query { subscriptions(first: 20) { nodes { id from } } }', { as: ANALYST, gatewayUrl: limited.url });
    expect(exported.status).toBe(200);
    const rows = lines(exported);
    expect(rows).toHaveLength(1 + 3 * 20 + 1);
    expect(rows.at(-1)).toMatch(new RegExp(`^"?${ERROR_MARKER}: RATE_LIMITED: too many requests`));
    expect(exported.trailers['x-export-status']).toMatch(/^error; RATE_LIMITED/);
  });
});

describe('npm run export', () => {
  test('writes the subscription list as XLSX over every page through the gateway, with the same rows as POST /export', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'sambruk-export-'));
    try {
      const query = 'query { subscriptions(first: 50) { nodes { from variant member { name } service { name } } } }';
      writeFileSync(join(folder, 'q.graphql'), query);
      const out = join(folder, 'subscriptions.xlsx');
      const args = [
        'dist/scripts/export.js',
        '--query',
        join(folder, 'q.graphql'),
        '--format',
        'xlsx',
        '--out',
        out,
        '--role',
        'analyst',
        '--url',
        hub.gateway.url,
      ];
      const { stdout } = await promisify(execFile)(process.execPath, args);
      const viaHttp = await sheetOf(await exportOf('xlsx', query, { as: ANALYST }));
      const viaCommand = await sheetOf({ body: readFileSync(out) } as Exported);
      expect(stdout).toContain(`${viaHttp.rowCount - 1} rows written to ${out}`);
      expect(viaCommand.getSheetValues()).toEqual(viaHttp.getSheetValues());
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
