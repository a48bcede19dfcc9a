import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';

const SCRIPT = 'dist/subgraphs/membership/index.js';

export interface SubgraphProcess {
  child: ChildProcess;
  output: string;
  exited: Promise<number | null>;
}

/** `node dist/subgraphs/membership/index.js` on the database at `url`, with more of its environment in `env` (`npm run build` first, as `npm test` does). */
export function startMembership(url: string, env: Record<string, string> = {}): SubgraphProcess {
  if (!existsSync(SCRIPT)) throw new Error(`${SCRIPT} is missing: run npm run build first`);
  const environment = { ...process.env, DATABASE_URL: url, MEMBERSHIP_PORT: '0', HOST: '127.0.0.1', SEED: 'auto', LOG_LEVEL: 'info', ...env };
  const child = spawn(process.execPath, [SCRIPT], { env: environment, stdio: ['ignore', 'pipe', 'pipe'] });
  const running: SubgraphProcess = { child, output: '', exited: new Promise((done) => child.once('close', done)) };
  for (const stream of [child.stdout, child.stderr]) stream?.on('data', (chunk) => (running.output += String(chunk)));
  return running;
}

/** Resolves with its GraphQL URL when `replica` says it is ready; fails when it exits first or takes more than two minutes. */
export async function ready(replica: SubgraphProcess): Promise<string> {
  for (let waited = 0; !replica.output.includes('subgraph ready at'); waited += 100) {
    if (replica.child.exitCode !== null || waited > 120_000) throw new Error(`the replica did not start: ${replica.output}`);
    await new Promise((done) => setTimeout(done, 100));
  }
  return /subgraph ready at ([^\s"]+)/.exec(replica.output)![1];
}

/** Stops the replicas (SIGTERM) and waits for them to exit. */
export async function stopAll(replicas: SubgraphProcess[]): Promise<void> {
  for (const replica of replicas) replica.child.kill('SIGTERM');
  await Promise.all(replicas.map((replica) => replica.exited));
}
