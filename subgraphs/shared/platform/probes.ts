import type { ServerResponse } from 'node:http';
import { sendJson } from './http';
import { databaseProblem } from './postgres';

/** How long readiness waits for the database to answer `select 1`. */
const READINESS_TIMEOUT_MS = 2000;

export const PROBE_PATHS = new Set(['/health', '/ready']);

/**
 * `/health` is liveness: the process answers. `/ready` is readiness: its database answers too;
 * otherwise 503 with JSON naming the problem.
 */
export async function answerProbe(path: string, service: string, databaseUrl: string, response: ServerResponse): Promise<void> {
  const problem = path === '/ready' ? await databaseProblem(databaseUrl, READINESS_TIMEOUT_MS) : null;
  const body = problem ? { status: 'unavailable', service, problem: `database unreachable: ${problem}` } : { status: 'ok', service };
  sendJson(response, problem ? 503 : 200, body);
}
