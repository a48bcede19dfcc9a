import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesPlugin } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthPlugin } from '@escape.tech/graphql-armor-max-depth';
import { maxTokensPlugin } from '@escape.tech/graphql-armor-max-tokens';
import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { GraphQLError } from 'graphql';
import { decodeJwt } from 'jose';
import type { Config } from '../subgraphs/shared/platform/config';

interface Limit {
  variable: 'MAX_DEPTH' | 'MAX_TOKENS' | 'MAX_ALIASES' | 'MAX_COST' | 'MAX_COST_ANALYST';
  code: string;
  /** What was found, in words, from the number graphql-armor found (undefined where it stops counting at the limit). */
  found(value: string | undefined, limit: number): string;
}

const LIMITS = {
  depth: { variable: 'MAX_DEPTH', code: 'QUERY_TOO_DEEP', found: (value) => `is ${value} levels deep` },
  tokens: { variable: 'MAX_TOKENS', code: 'TOO_MANY_TOKENS', found: (_, limit) => `has more than ${limit} tokens` },
  aliases: { variable: 'MAX_ALIASES', code: 'TOO_MANY_ALIASES', found: (value) => `has ${value} aliases` },
  cost: { variable: 'MAX_COST', code: 'QUERY_TOO_COMPLEX', found: (value) => `has an estimated cost of ${value}` },
  analystCost: { variable: 'MAX_COST_ANALYST', code: 'QUERY_TOO_COMPLEX', found: (value) => `has an estimated cost of ${value}` },
} satisfies Record<string, Limit>;

/** The role in the caller's token; the JWT plugin has verified the token before validation (a bad one never gets here). */
function roleOf(request: Request | undefined): unknown {
  const token = /^Bearer (.+)$/.exec(request?.headers.get('authorization') ?? '')?.[1];
  try {
    return token ? decodeJwt(token).role : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The cost limit by caller: analysts and admins get MAX_COST_ANALYST, everyone else MAX_COST, so
 * that a report query may be wider than what anonymous callers may ask.
 */
function costLimit(cfg: Config): GatewayPlugin {
  const rule = (limit: Limit, max: number) => costLimitRule({ maxCost: max, ignoreIntrospection: true, onReject: refuse(limit, max) });
  const ordinary = rule(LIMITS.cost, cfg.MAX_COST);
  const wider = rule(LIMITS.analystCost, cfg.MAX_COST_ANALYST);
  return {
    onValidate({ addValidationRule, context }) {
      const role = roleOf((context as { request?: Request }).request);
      addValidationRule(role === 'analyst' || role === 'admin' ? wider : ordinary);
    },
  };
}

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
    costLimit(cfg),
  ] as GatewayPlugin[];
}
