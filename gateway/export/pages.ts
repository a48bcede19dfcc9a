import { ExportError } from './errors';
import { AFTER, type ExportPlan, PAGE, TOTAL } from './plan';
import { cellsOf } from './rows';
import type { RowWriter } from './writers';

/** Where and as whom an export asks its pages: the gateway's own GraphQL endpoint with the caller's Authorization. */
export interface ExportSource {
  graphqlUrl: string;
  authorization?: string;
  variables?: Record<string, unknown>;
}

export interface Page {
  nodes: unknown[];
  hasNextPage: boolean;
  endCursor: string | null;
  totalCount: number | null;
}

interface Answer {
  data?: Record<string, unknown> | null;
  errors?: Array<{ message: string; extensions?: { code?: string } }>;
}

const STATUS: Record<string, number> = { UNAUTHENTICATED: 401, FORBIDDEN: 403, RATE_LIMITED: 429, NOT_FOUND: 404 };

async function answerOf(response: Response): Promise<Answer> {
  try {
    return (await response.json()) as Answer;
  } catch {
    throw new ExportError(502, 'BAD_GATEWAY', `the gateway answered HTTP ${response.status} without a GraphQL response`);
  }
}

/** One page of the plan's list, asked through the gateway; any error in the answer (a refused field too) is an ExportError. */
export async function fetchPage(plan: ExportPlan, source: ExportSource, after: string | null): Promise<Page> {
  const response = await fetch(source.graphqlUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(source.authorization ? { authorization: source.authorization } : {}) },
    body: JSON.stringify({ query: plan.document, variables: { ...source.variables, [AFTER]: after } }),
  });
  const answer = await answerOf(response);
  const [error] = answer.errors ?? [];
  if (error) {
    const code = error.extensions?.code ?? 'BAD_USER_INPUT';
    throw new ExportError(STATUS[code] ?? Math.max(response.status, 400), code, error.message);
  }
  const list = plan.path.reduce<unknown>((value, key) => (value as Record<string, unknown> | null)?.[key], answer.data) as Record<string, unknown> | null;
  if (!list) throw new ExportError(404, 'NOT_FOUND', `the list ${plan.path.join('.')} is null in the answer`);
  const pageInfo = list[PAGE] as { hasNextPage: boolean; endCursor: string | null };
  const [rows, node] = plan.rows;
  const items = (list[rows] as Array<Record<string, unknown>> | null) ?? [];
  return {
    nodes: node ? items.map((edge) => edge[node]) : items,
    hasNextPage: pageInfo.hasNextPage,
    endCursor: pageInfo.endCursor,
    totalCount: (list[TOTAL] as number) ?? null,
  };
}

export interface ExportResult {
  rows: number;
  error: string | null;
}

/**
 * Writes the first page (already fetched, so that a bad query fails before any byte) and every
 * following page, following the cursor. An error in a later page ends the file with a visible
 * error row and is answered in the result; the file is never silently short.
 */
export async function writeAll(
  plan: ExportPlan,
  source: ExportSource,
  first: Page,
  writer: RowWriter,
  onPage: (rows: number) => void = () => {},
): Promise<ExportResult> {
  await writer.header(plan.columns);
  let rows = 0;
  let page: Page | null = first;
  try {
    while (page) {
      for (const node of page.nodes) await writer.row(cellsOf(node, plan.columns));
      rows += page.nodes.length;
      onPage(rows);
      page = page.hasNextPage && page.nodes.length ? await fetchPage(plan, source, page.endCursor) : null;
    }
  } catch (error) {
    const message = error instanceof ExportError ? `${error.code}: ${error.message}` : (error as Error).message;
    await writer.fail(message);
    await writer.end();
    return { rows, error: message };
  }
  await writer.end();
  return { rows, error: null };
}
