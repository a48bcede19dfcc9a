import type { IncomingMessage, ServerResponse } from 'node:http';
import { readBody, sendJson } from '../../subgraphs/shared/platform/http';
import { ExportError } from './errors';
import { fetchPage, writeAll } from './pages';
import { planExport } from './plan';
import { CONTENT_TYPES, type ExportFormat, FORMATS, writerFor } from './writers';

/** The trailer that says whether the file is complete: `complete; rows=N`, or `error; <message>` after an error row. */
export const STATUS_TRAILER = 'x-export-status';

interface ExportBody {
  query: string;
  variables?: Record<string, unknown>;
  operationName?: string;
}

async function bodyOf(request: IncomingMessage, maxBytes: number): Promise<ExportBody> {
  const text = await readBody(request, maxBytes);
  let body: Partial<ExportBody>;
  try {
    body = JSON.parse(text);
  } catch {
    throw new ExportError(400, 'BAD_USER_INPUT', 'body: send JSON {"query": "...", "variables": {...}}');
  }
  if (typeof body?.query !== 'string') throw new ExportError(400, 'BAD_USER_INPUT', 'query: give the query to export as a string');
  return body as ExportBody;
}

function formatOf(url: URL): ExportFormat {
  const format = url.searchParams.get('format') ?? '';
  if (!FORMATS.includes(format as ExportFormat)) throw new ExportError(400, 'BAD_USER_INPUT', `format: "${format}" is not a format; give csv or xlsx`);
  return format as ExportFormat;
}

/**
 * POST /export?format=csv|xlsx with {query, variables}: runs the query through the gateway at
 * `graphqlUrl` with the caller's Authorization, page after page, and streams every row. Bad input
 * is a JSON error with a 4xx status before any byte of the file.
 */
export async function handleExport(request: IncomingMessage, response: ServerResponse, graphqlUrl: string, maxBodyBytes: number): Promise<void> {
  try {
    if (request.method !== 'POST') throw new ExportError(405, 'METHOD_NOT_ALLOWED', 'send the export request as a POST');
    const format = formatOf(new URL(request.url ?? '/', 'http://gateway'));
    const { query, variables, operationName } = await bodyOf(request, maxBodyBytes);
    const plan = planExport(query, operationName);
    const source = { graphqlUrl, authorization: request.headers.authorization, variables };
    const first = await fetchPage(plan, source, null);
    response.writeHead(200, {
      'content-type': CONTENT_TYPES[format],
      'content-disposition': `attachment; filename="${plan.path.at(-1)}.${format}"`,
      'cache-control': 'no-store',
      trailer: STATUS_TRAILER,
      ...(first.totalCount === null ? {} : { 'x-export-total': String(first.totalCount) }),
    });
    const result = await writeAll(plan, source, first, writerFor(format, response));
    response.addTrailers({ [STATUS_TRAILER]: result.error ? `error; ${result.error.replace(/[\r\n]/g, ' ')}` : `complete; rows=${result.rows}` });
    response.end();
  } catch (error) {
    if (response.headersSent) return void response.destroy(error as Error);
    const refusal = error instanceof ExportError ? error : new ExportError(500, 'INTERNAL_SERVER_ERROR', 'the export failed; try again later');
    sendJson(response, refusal.status, refusal.body);
  }
}
