import { existsSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { GATEWAY_NODE_FLAGS } from '../../subgraphs/shared/platform/process';

interface ComposeService {
  image?: string;
  command?: string;
  deploy?: { replicas?: number };
  ports?: string[];
  volumes?: string[];
  environment?: Record<string, string>;
  depends_on?: Record<string, { condition: string }>;
  healthcheck?: { test: string[] };
}
const compose = parse(readFileSync('docker-compose.yml', 'utf8'), { merge: true }) as { services: Record<string, ComposeService> };
const SUBGRAPHS = ['membership', 'services', 'projects', 'finance'];
const PORTS: Record<string, number> = { gateway: 4000, membership: 4001, services: 4002, projects: 4003, finance: 4004 };
const scripts = (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts;

test('docker-compose runs PostgreSQL, Redis, the four subgraphs, the gateway and a load balancer in front of it', () => {
  expect(Object.keys(compose.services).sort()).toEqual(['finance', 'gateway', 'load-balancer', 'membership', 'postgres', 'projects', 'redis', 'services']);
});

test.each(Object.keys(PORTS))('the %s service runs as two replicas, none published', (name) => {
  expect(compose.services[name].deploy?.replicas).toBe(2);
  expect(compose.services[name].ports).toBeUndefined();
});

test('only the load balancer is published, on port 4000, sending every path but /metrics to the gateway replicas', () => {
  const balancer = compose.services['load-balancer'];
  expect(Object.entries(compose.services).flatMap(([name, service]) => (service.ports ? [[name, service.ports]] : []))).toEqual([
    ['load-balancer', ['4000:4000']],
  ]);
  expect(balancer.depends_on).toEqual({ gateway: { condition: 'service_healthy' } });
  const [mounted] = balancer.volumes ?? [];
  const nginx = readFileSync(mounted.split(':')[0], 'utf8');
  expect(nginx).toMatch(/listen 4000;/);
  expect(nginx).toMatch(/set \$gateway http:\/\/gateway:4000;\s+proxy_pass \$gateway;/);
  expect(nginx).toMatch(/location = \/metrics \{\s+return 404;/);
  expect(nginx).toMatch(/proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;/);
  expect(compose.services.gateway.environment?.TRUSTED_PROXIES).toBe('10.0.0.0/8,172.16.0.0/12,192.168.0.0/16');
});

test('the gateways share Redis, and start once it answers', () => {
  expect(compose.services.gateway.environment?.REDIS_URL).toBe('redis://redis:6379');
  expect(compose.services.gateway.depends_on?.redis).toEqual({ condition: 'service_healthy' });
  expect(compose.services.redis.healthcheck?.test).toEqual(['CMD', 'redis-cli', 'ping']);
});

test.each(['membership', 'services', 'projects', 'finance', 'gateway'])('the %s service starts with an npm script that exists', (name) => {
  const command = compose.services[name].command ?? '';
  const script = /^npm run (\S+)$/.exec(command)?.[1];
  expect(script).toBe(`start:${name}`);
  expect(scripts[script!]).toBe(name === 'gateway' ? `node ${GATEWAY_NODE_FLAGS.join(' ')} dist/gateway/index.js` : `node dist/subgraphs/${name}/index.js`);
  expect(compose.services[name].environment?.DATABASE_URL).toMatch(/^postgres:\/\/.*@postgres:5432\//);
});

test.each(Object.keys(PORTS))('the %s service is healthy when its /ready says so, checked by a script that exists', (name) => {
  const [command, script, url] = compose.services[name].healthcheck?.test.slice(1) ?? [];
  expect([command, script, url]).toEqual(['node', 'dist/scripts/ready.js', `http://127.0.0.1:${PORTS[name]}/graphql`]);
  expect(existsSync(script.replace(/^dist\//, '').replace(/\.js$/, '.ts'))).toBe(true);
});

test('the gateway starts once every subgraph is ready', () => {
  expect(compose.services.gateway.depends_on).toEqual(Object.fromEntries(['redis', ...SUBGRAPHS].map((name) => [name, { condition: 'service_healthy' }])));
});
