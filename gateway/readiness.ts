import { readFileSync } from 'node:fs';
import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { type ConstDirectiveNode, Kind, parse } from 'graphql';
import { useReadinessCheck } from 'graphql-yoga';

const argument = (directive: ConstDirectiveNode, name: string) => {
  const value = directive.arguments?.find((entry) => entry.name.value === name)?.value;
  return value?.kind === Kind.STRING ? value.value : undefined;
};

/** Every subgraph the supergraph names, with its URL (`overrides` replace the recorded ones). */
export function subgraphsOf(supergraphPath: string, overrides: Record<string, string>): Record<string, string> {
  const graphs = parse(readFileSync(supergraphPath, 'utf8')).definitions.find(
    (definition) => definition.kind === Kind.ENUM_TYPE_DEFINITION && definition.name.value === 'join__Graph',
  );
  const values = graphs?.kind === Kind.ENUM_TYPE_DEFINITION ? (graphs.values ?? []) : [];
  return Object.fromEntries(
    values.flatMap((value) => {
      const directive = value.directives?.find((entry) => entry.name.value === 'join__graph');
      const name = directive && argument(directive, 'name');
      const url = directive && argument(directive, 'url');
      return name && url ? [[name, overrides[name] ?? url]] : [];
    }),
  );
}

/** A service is ready when its `/ready` (beside its `/graphql`) says so. */
export async function readinessOf(graphqlUrl: string, timeoutMs: number): Promise<string> {
  try {
    const response = await fetch(new URL('/ready', graphqlUrl), { signal: AbortSignal.timeout(timeoutMs) });
    await response.body?.cancel();
    return response.ok ? 'ready' : `not ready (HTTP ${response.status})`;
  } catch (error) {
    return (error as Error).name === 'TimeoutError' ? `no answer within ${timeoutMs} ms` : 'unreachable';
  }
}

/** Resolves once every subgraph's `/ready` has said so, asking those not yet ready again every 50 ms. */
export async function untilReady(subgraphs: Record<string, string>, timeoutMs: number): Promise<void> {
  let waiting = Object.values(subgraphs);
  while (waiting.length) {
    const states = await Promise.all(waiting.map((url) => readinessOf(url, timeoutMs)));
    waiting = waiting.filter((_, index) => states[index] !== 'ready');
    if (waiting.length) await new Promise((wake) => setTimeout(wake, 50));
  }
}

/**
 * `GET /ready`: 200 when every subgraph is ready, otherwise 503; the JSON body names each subgraph's
 * state. `/health` stays liveness: it answers as long as the gateway process does.
 */
export function readinessCheck(subgraphs: Record<string, string>, timeoutMs: number): GatewayPlugin {
  return useReadinessCheck({
    endpoint: '/ready',
    async check() {
      const states = Object.fromEntries(await Promise.all(Object.entries(subgraphs).map(async ([name, url]) => [name, await readinessOf(url, timeoutMs)])));
      const notReady = Object.keys(states).filter((name) => states[name] !== 'ready');
      const body = { status: notReady.length ? 'not ready' : 'ready', notReady, subgraphs: states };
      return Response.json(body, { status: notReady.length ? 503 : 200 });
    },
  }) as GatewayPlugin;
}
