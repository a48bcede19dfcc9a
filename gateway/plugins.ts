import { createSecretKey } from 'node:crypto';
import { costLimitPlugin } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesPlugin } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthPlugin } from '@escape.tech/graphql-armor-max-depth';
import { maxTokensPlugin } from '@escape.tech/graphql-armor-max-tokens';
import { useRateLimiting } from '@graphql-hive/gateway';
import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { createRemoteJwksSigningKeyProvider, extractFromHeader, useJWT, type GetSigningKeyFunction } from '@graphql-mesh/plugin-jwt-auth';
import InMemoryLRUCache from '@graphql-mesh/cache-inmemory-lru';
import { GraphQLError } from 'graphql';
import type { Config } from '../subgraphs/shared/config';

/**
 * The shared secret as a KeyObject made once. Given the string, jsonwebtoken first tries it as a
 * public key on every request (createPublicKey throws) before making a secret key of it. The
 * provider's type says string; jsonwebtoken takes a KeyObject.
 */
function secretKeyProvider(secret: string): GetSigningKeyFunction {
  const key = createSecretKey(Buffer.from(secret, 'utf8'));
  return () => key as unknown as string;
}

/**
 * Verifies the caller's token at the edge: none is anonymous, a bad or expired one is refused
 * before any subgraph is called. The header itself is forwarded, and each subgraph verifies it again.
 */
function jwtPlugin(cfg: Config): GatewayPlugin {
  const keys = cfg.JWT_JWKS_URL ? createRemoteJwksSigningKeyProvider({ jwksUri: cfg.JWT_JWKS_URL }) : secretKeyProvider(cfg.JWT_SECRET);
  return useJWT({
    signingKeyProviders: [keys],
    tokenLookupLocations: [extractFromHeader({ name: 'authorization', prefix: 'Bearer' })],
    tokenVerification: { issuer: cfg.JWT_ISSUER, audience: cfg.JWT_AUDIENCE, algorithms: cfg.JWT_JWKS_URL ? ['RS256', 'ES256'] : ['HS256'] },
    reject: { missingToken: false, invalidToken: true },
  }) as GatewayPlugin;
}

const JWT_REFUSALS = new Set(['Unauthenticated', 'Invalid authentication token provided']);

/** The JWT plugin's refusals carry no code: give them UNAUTHENTICATED, as the subgraphs' own refusals have. */
function authenticationErrorCodes(): GatewayPlugin {
  const recode = (error: GraphQLError) =>
    JWT_REFUSALS.has(error.message)
      ? new GraphQLError('the token is not valid (wrong signature, issuer or audience, expired, or not a JWT): get a new one', {
          extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
        })
      : error;
  return {
    onResultProcess({ result, setResult }) {
      if (Array.isArray(result) || !result || !('errors' in result) || !result.errors) return;
      setResult({ ...result, errors: result.errors.map((error) => recode(error as GraphQLError)) });
    },
  };
}

/** Operation limits from graphql-armor: rejected at validation, before any subgraph is called. */
function limitPlugins(cfg: Config): GatewayPlugin[] {
  return [
    maxDepthPlugin({ n: cfg.MAX_DEPTH, ignoreIntrospection: true }),
    maxTokensPlugin({ n: cfg.MAX_TOKENS }),
    maxAliasesPlugin({ n: cfg.MAX_ALIASES }),
    costLimitPlugin({ maxCost: cfg.MAX_COST, ignoreIntrospection: true }),
  ] as GatewayPlugin[];
}

interface ClientContext {
  request?: Request;
  req?: { socket?: { remoteAddress?: string } };
}

/** A client is its token when it sends one, otherwise the address it connects from (never a header it could make up). */
function clientOf(context: unknown): string {
  const { request, req } = context as ClientContext;
  return request?.headers.get('authorization') ?? req?.socket?.remoteAddress ?? 'unknown';
}

/** Requests per minute per client for every root field. */
function rateLimitPlugins(cfg: Config): GatewayPlugin[] {
  const window = { max: cfg.RATE_LIMIT_PER_MINUTE, ttl: 60_000, identifyFn: clientOf };
  const counters = new InMemoryLRUCache();
  const limiter = useRateLimiting({ config: [{ type: 'Query', field: '*', ...window }, { type: 'Mutation', field: '*', ...window }], cache: counters });
  return [limiter as GatewayPlugin, { onDispose: () => counters[Symbol.dispose]() }];
}

export function securityPlugins(cfg: Config): GatewayPlugin[] {
  return [jwtPlugin(cfg), authenticationErrorCodes(), ...limitPlugins(cfg), ...rateLimitPlugins(cfg)];
}
