import { costLimitPlugin } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesPlugin } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthPlugin } from '@escape.tech/graphql-armor-max-depth';
import { maxTokensPlugin } from '@escape.tech/graphql-armor-max-tokens';
import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { GraphQLError } from 'graphql';
import type { Config } from '../subgraphs/shared/platform/config';

interface Limit {
  variable: 'MAX_DEPTH' | 'MAX_TOKENS' | 'MAX_ALIASES' | 'MAX_COST';
  code: string;
  /** What was found, in words, from the number graphql-armor found (undefined where it stops counting at the limit). */
  found(value: string | undefined, limit: number): string;
}

const LIMITS = {
  depth: { variable: 'MAX_DEPTH', code: 'QUERY_TOO_DEEP', found: (value) => `is ${value} levels deep` },
  tokens: { variable: 'MAX_TOKENS', code: 'TOO_MANY_TOKENS', found: (_, limit) => `has more than ${limit} tokens` },
  aliases: { variable: 'MAX_ALIASES', code: 'TOO_MANY_ALIASES', found: (value) => `has ${value} aliases` },
  cost: { variable: 'MAX_COST', code: 'QUERY_TOO_COMPLEX', found: (value) => `has an estimated cost of ${value}` },
} satisfies Record<string, Limit>;

/**
 * graphql-armor's refusal ("Syntax Error: ... limit of N exceeded, found M.", no code) replaced by
 * a coded one naming the limit, its variable and what was found. Thrown from armor's onReject hook,
 * so parsing or validation stops there as armor's own error would.
 */
function refuse(limit: Limit, max: number) {
  return [
    (_context: unknown, error: GraphQLError) => {
      const found = /found (\d+(?:\.\d+)?)/.exec(error.message)?.[1];
      throw new GraphQLError(`the operation ${limit.found(found, max)}; the limit is ${max} (${limit.variable})`, {
        extensions: { code: limit.code, limit: max, http: { status: 400 } },
      });
    },
  ];
}

/** Operation limits from graphql-armor: refused at parsing or validation, before any subgraph is called. */
export function limitPlugins(cfg: Config): GatewayPlugin[] {
  return [
    maxDepthPlugin({ n: cfg.MAX_DEPTH, ignoreIntrospection: true, onReject: refuse(LIMITS.depth, cfg.MAX_DEPTH) }),
    maxTokensPlugin({ n: cfg.MAX_TOKENS, onReject: refuse(LIMITS.tokens, cfg.MAX_TOKENS) }),
    maxAliasesPlugin({ n: cfg.MAX_ALIASES, onReject: refuse(LIMITS.aliases, cfg.MAX_ALIASES) }),
    costLimitPlugin({ maxCost: cfg.MAX_COST, ignoreIntrospection: true, onReject: refuse(LIMITS.cost, cfg.MAX_COST) }),
  ] as GatewayPlugin[];
}
