import { costLimitPlugin } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesPlugin } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthPlugin } from '@escape.tech/graphql-armor-max-depth';
import { maxTokensPlugin } from '@escape.tech/graphql-armor-max-tokens';
import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import type { Config } from '../subgraphs/shared/config';

/** Operation limits from graphql-armor: rejected at validation, before any subgraph is called. */
export function limitPlugins(cfg: Config): GatewayPlugin[] {
  return [
    maxDepthPlugin({ n: cfg.MAX_DEPTH, ignoreIntrospection: true }),
    maxTokensPlugin({ n: cfg.MAX_TOKENS }),
    maxAliasesPlugin({ n: cfg.MAX_ALIASES }),
    costLimitPlugin({ maxCost: cfg.MAX_COST, ignoreIntrospection: true }),
  ] as GatewayPlugin[];
}
