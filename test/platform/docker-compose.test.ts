import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

const compose = parse(readFileSync('docker-compose.yml', 'utf8'), { merge: true }) as { services: Record<string, { command?: string; environment?: Record<string, string> }> };
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
