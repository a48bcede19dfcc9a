import { DEVELOPMENT_SECRET, readConfig } from '../../subgraphs/shared/platform/config';

test('the public development secret is refused when the hub listens beyond loopback', () => {
  expect(() => readConfig({ HOST: '0.0.0.0' })).toThrow(/JWT_SECRET: the development secret is public/);
  expect(readConfig({ HOST: 'localhost' }).JWT_SECRET).toBe(DEVELOPMENT_SECRET);
  expect(readConfig({ HOST: '0.0.0.0', JWT_SECRET: 'a-real-secret-of-at-least-32-characters' }).HOST).toBe('0.0.0.0');
  expect(readConfig({ HOST: '0.0.0.0', JWT_JWKS_URL: 'https://login.example.se/jwks.json' }).JWT_JWKS_URL).toBeDefined();
});

test('a bad variable is named in the error', () => {
  expect(() => readConfig({ GATEWAY_PORT: 'four thousand' })).toThrow(/GATEWAY_PORT/);
});

test('TRUSTED_PROXIES takes IP addresses and CIDR ranges, and names itself when an entry is neither', () => {
  expect(readConfig({ TRUSTED_PROXIES: '10.0.0.0/8, 192.168.1.4,::1' }).TRUSTED_PROXIES).toEqual(['10.0.0.0/8', '192.168.1.4', '::1']);
  expect(readConfig({}).TRUSTED_PROXIES).toEqual([]);
  expect(() => readConfig({ TRUSTED_PROXIES: '10.0.0.0/8,nginx' })).toThrow(/TRUSTED_PROXIES: must list IP addresses or CIDR ranges/);
});
