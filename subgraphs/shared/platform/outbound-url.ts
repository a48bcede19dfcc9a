import { lookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';

/** Addresses a webhook may not reach unless its host is allowed by name: private, loopback, link-local and the like. */
const INTERNAL = new BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.168.0.0', 16],
  ['224.0.0.0', 3],
] as const)
  INTERNAL.addSubnet(network, prefix, 'ipv4');
for (const [network, prefix] of [
  ['::', 127],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
] as const)
  INTERNAL.addSubnet(network, prefix, 'ipv6');

function isInternal(address: string): boolean {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)?.[1];
  if (mapped) return isInternal(mapped);
  return INTERNAL.check(address, isIP(address) === 6 ? 'ipv6' : 'ipv4');
}

/**
 * Why a URL may not receive webhooks, or null when it may: it must be http(s), and its host must
 * resolve only to public addresses unless the host is in `allowedHosts` (e.g. 127.0.0.1 for tests).
 */
export async function outboundUrlProblem(raw: string, allowedHosts: readonly string[]): Promise<string | null> {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return 'is not a URL: write it as https://host/path';
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return `must be an http or https URL (got ${url.protocol})`;
  if (url.username || url.password) return 'must not carry a user name or password: the signature authenticates the hub';
  const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
  if (allowedHosts.includes(host)) return null;
  const addresses = isIP(host)
    ? [host]
    : await lookup(host, { all: true }).then(
        (found) => found.map((entry) => entry.address),
        () => null,
      );
  if (!addresses?.length) return `its host "${host}" does not resolve`;
  const internal = addresses.find(isInternal);
  return internal ? `its host "${host}" is a private, loopback or link-local address (${internal}); such hosts need WEBHOOK_ALLOWED_HOSTS` : null;
}
