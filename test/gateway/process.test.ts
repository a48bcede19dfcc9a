import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { type Recorder, startRecorder } from '../../bench/recorder';
import { LOG_LEVELS } from '../../subgraphs/shared/platform/config';
import { type Hub, startHub } from '../hub';
import { freePort } from '../ports';

const SCRIPT = 'dist/gateway/index.js';

interface GatewayProcess {
  child: ChildProcess;
  stdout: string;
  stderr: string;
  exited: Promise<number | null>;
}

/** `node dist/gateway/index.js` with `env` added to this process's environment (`npm run build` first, as `npm test` does). */
function runGateway(env: Record<string, string>): GatewayProcess {
  if (!existsSync(SCRIPT)) throw new Error(`${SCRIPT} is missing: run npm run build first`);
  const child = spawn(process.execPath, [SCRIPT], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  const running: GatewayProcess = { child, stdout: '', stderr: '', exited: new Promise((done) => child.once('close', done)) };
  child.stdout?.on('data', (chunk) => (running.stdout += String(chunk)));
  child.stderr?.on('data', (chunk) => (running.stderr += String(chunk)));
  return running;
}

/** Waits (at most a minute) until `condition` holds, checking every 50 ms. */
async function until(condition: () => unknown, what: string): Promise<void> {
  for (let waited = 0; !condition(); waited += 50) {
    if (waited > 60_000) throw new Error(`gave up waiting for ${what}`);
    await new Promise((done) => setTimeout(done, 50));
  }
}

test('the gateway process loads no subgraph code: no Apollo Server, MikroORM or type-graphql, nothing of subgraphs/ but shared/platform', () => {
  const script = `require('./${SCRIPT}'); setImmediate(() => process.stdout.write(JSON.stringify(Object.keys(require.cache)), () => process.exit(0)));`;
  const loaded: string[] = JSON.parse(execFileSync(process.execPath, ['-e', script], { env: { ...process.env, GATEWAY_PORT: '0' }, encoding: 'utf8' }));
  expect(loaded.some((path) => path.includes('@graphql-hive'))).toBe(true);
  const forbidden = /node_modules\/(@apollo\/server|@apollo\/subgraph|@mikro-orm|type-graphql)\/|\/dist\/subgraphs\/(?!shared\/platform\/)/;
  expect(loaded.filter((path) => forbidden.test(path))).toEqual([]);
});

test('a wrong variable stops the gateway with one line naming it and a non-zero exit code', async () => {
  const gateway = runGateway({ MAX_DEPTH: 'abc' });
  expect(await gateway.exited).toBe(1);
  const lines = gateway.stderr.trim().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/MAX_DEPTH/);
  expect(lines[0]).not.toMatch(/\bat /);
});

describe('a gateway process on a running hub', () => {
  let hub: Hub;
  let membership: Recorder;
  beforeAll(async () => {
    hub = await startHub(['membership']);
    membership = await startRecorder(hub.subgraphs.membership.url);
  });
  afterAll(async () => {
    await hub?.stop();
    await membership?.stop();
  });

  test('requests in flight when the gateway gets SIGTERM are answered before it exits', async () => {
    const gateway = runGateway({
      SUPERGRAPH_PATH: hub.supergraphPath,
      MEMBERSHIP_URL: membership.url,
      GATEWAY_PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'info',
    });
    try {
      await until(() => /gateway ready at ([^\s"]+)/.test(gateway.stdout), 'the gateway to start');
      const url = /gateway ready at ([^\s"]+)/.exec(gateway.stdout)![1];
      membership.fault({ delayMs: 1500 });
      const answers = Array.from({ length: 10 }, (_, index) =>
        fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: `{ members(first: ${index + 1}) { nodes { name } } }` }),
        }).then(
          async (response) => ({ status: response.status, body: await response.json() }),
          (error: Error) => ({ status: 0, body: { error: error.message } }),
        ),
      );
      await until(() => membership.received() >= 10, 'the requests to reach the subgraph');
      gateway.child.kill('SIGTERM');
      const answered = await Promise.all(answers);
      expect(answered.map(({ status, body }) => [status, body.data?.members.nodes.length])).toEqual(Array.from({ length: 10 }, (_, index) => [200, index + 1]));
      expect(await gateway.exited).toBe(0);
    } finally {
      membership.fault();
      gateway.child.kill('SIGKILL');
    }
  });

  test.each(LOG_LEVELS)('LOG_LEVEL=%s: the gateway starts, answers and stops; every line it writes is JSON (none when silent)', async (level) => {
    const port = await freePort();
    const gateway = runGateway({
      SUPERGRAPH_PATH: hub.supergraphPath,
      MEMBERSHIP_URL: hub.subgraphs.membership.url,
      GATEWAY_PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: level,
    });
    try {
      const url = `http://127.0.0.1:${port}`;
      let healthy = false;
      const checking = setInterval(
        () =>
          void fetch(`${url}/health`).then(
            (response) => (healthy = response.ok),
            () => undefined,
          ),
        100,
      );
      await until(() => healthy || gateway.child.exitCode !== null, 'the gateway to answer /health').finally(() => clearInterval(checking));
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ members(first: 2) { totalCount } }' }),
      });
      expect((await response.json()).data.members.totalCount).toBeGreaterThan(100);
      gateway.child.kill('SIGTERM');
      expect(await gateway.exited).toBe(0);
      const entries = `${gateway.stdout}${gateway.stderr}`
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line));
      expect(entries.every((entry) => entry.service === 'gateway')).toBe(true);
      expect(entries.some((entry) => entry.msg.startsWith('gateway ready at'))).toBe(level === 'debug' || level === 'info');
      if (level === 'silent') expect(entries).toEqual([]);
    } finally {
      gateway.child.kill('SIGKILL');
    }
  });
});
