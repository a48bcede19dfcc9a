import { resolve } from 'node:path';
import type { GatewayConfigSupergraph } from '@graphql-hive/gateway-runtime';
import { unifiedGraphHandler } from '@graphql-hive/router-runtime';
import { catalogueCache } from './cache';
import { securityPlugins } from './plugins';
import { config, SUBGRAPH_NAMES, subgraphSettings, type Config } from '../subgraphs/shared/config';

export interface GatewayOptions {
  supergraphPath: string;
  /** Subgraph URLs that replace the ones recorded in the supergraph, by subgraph name. */
  subgraphUrls: Record<string, string>;
}

export function gatewayOptionsFromEnv(cfg: Config = config()): GatewayOptions {
  const overrides = SUBGRAPH_NAMES.flatMap((name) => {
    const url = subgraphSettings(name, cfg).urlOverride;
    return url ? [[name, url] as const] : [];
  });
  return { supergraphPath: resolve(cfg.SUPERGRAPH_PATH), subgraphUrls: Object.fromEntries(overrides) };
}

const logLevel = () => {
  const level = config().LOG_LEVEL;
  return level === 'silent' ? false : level;
};

/** Hive Gateway configuration: the Rust query planner, the supergraph file, URL overrides, header forwarding, security and the catalogue cache. */
export function gatewayConfig(options: GatewayOptions): GatewayConfigSupergraph {
  return {
    supergraph: options.supergraphPath,
    unifiedGraphHandler,
    transportEntries: Object.fromEntries(Object.entries(options.subgraphUrls).map(([name, location]) => [name, { location }])),
    healthCheckEndpoint: '/health',
    propagateHeaders: {
      fromClientToSubgraphs: ({ request }) => {
        const authorization = request.headers.get('authorization');
        return authorization ? { authorization } : {};
      },
    },
    logging: logLevel(),
    graphqlEndpoint: '/graphql',
    plugins: () => [...securityPlugins(config()), catalogueCache()],
    disableIntrospection: config().INTROSPECTION === 'off' ? { disableIf: () => true } : undefined,
  };
}
