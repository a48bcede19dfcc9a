import { existsSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';

interface ComposeService {
  command?: string;
  environment?: Record<string, string>;
  depends_on?: Record<string, { condition: string }>;
  healthcheck?: { test: string[] };
}
const compose = parse(readFileSync('docker-compose.yml', 'utf8'), { merge: true }) as { services: Record<string, ComposeService> };
const SUBGRAPHS = ['membership', 'services', 'projects', 'finance'];
const PORTS: Record<string, number> = { gateway: 4000, membership: 4001, services: 4002, projects: 4003, finance: 4004 };
const scripts = (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts;

test('docker-compose runs PostgreSQL, the four subgraphs and the gateway', () => {
  expect(Object.keys(compose.services).sort()).toEqual(['finance', 'gateway', 'membership', 'postgres', 'projects', 'services']);
});

test.each(['membership', 'services', 'projects', 'finance', 'gateway'])('the %s service starts with an npm script that exists', (name) => {
  const command = compose.services[name].command ?? '';
  const script = /^npm run (\S+)$/.exec(command)?.[1];
  expect(script).toBe(`start:${name}`);
  expect(scripts[script!]).toBe(name === 'gateway' ? 'node dist/gateway/index.js' : `node dist/subgraphs/${name}/index.js`);
  expect(compose.services[name].environment?.DATABASE_URL).toMatch(/^postgres:\/\/.*@postgres:5432\//);
});

test.each(Object.keys(PORTS))('the %s service is healthy when its /ready says so, checked by a script that exists', (name) => {
  const [command, script, url] = compose.services[name].healthcheck?.test.slice(1) ?? [];
  expect([command, script, url]).toEqual(['node', 'dist/scripts/ready.js', `http://127.0.0.1:${PORTS[name]}/graphql`]);
  expect(existsSync(script.replace(/^dist\//, '').replace(/\.js$/, '.ts'))).toBe(true);
});

test('the gateway starts once every subgraph is ready', () => {
  expect(compose.services.gateway.depends_on).toEqual(Object.fromEntries(SUBGRAPHS.map((name) => [name, { condition: 'service_healthy' }])));
});
