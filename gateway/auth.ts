import { createSecretKey } from 'node:crypto';
import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { createRemoteJwksSigningKeyProvider, extractFromHeader, type GetSigningKeyFunction, useJWT } from '@graphql-mesh/plugin-jwt-auth';
import { GraphQLError } from 'graphql';
import type { Config } from '../subgraphs/shared/platform/config';
import { errorMapper } from './errors';

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
 * before any subgraph is called. The header itself is forwarded (see `propagateHeaders`), and each subgraph verifies it again.
 */
export function jwtPlugin(cfg: Config): GatewayPlugin {
  const keys = cfg.JWT_JWKS_URL ? createRemoteJwksSigningKeyProvider({ jwksUri: cfg.JWT_JWKS_URL }) : secretKeyProvider(cfg.JWT_SECRET);
  return useJWT({
    signingKeyProviders: [keys],
    tokenLookupLocations: [extractFromHeader({ name: 'authorization', prefix: 'Bearer' })],
    tokenVerification: { issuer: cfg.JWT_ISSUER, audience: cfg.JWT_AUDIENCE, algorithms: cfg.JWT_JWKS_URL ? ['RS256', 'ES256'] : ['HS256'] },
    reject: { missingToken: false, invalidToken: true },
    // The subgraphs verify the forwarded Authorization header themselves; the payload would only put who calls into every subgraph request.
    forward: { payload: false },
  }) as GatewayPlugin;
}

const JWT_REFUSALS = new Set(['Unauthenticated', 'Invalid authentication token provided']);

/** The JWT plugin's refusals carry no code: give them UNAUTHENTICATED, as the subgraphs' own refusals have. */
export function authenticationErrorCodes(): GatewayPlugin {
  const recode = (error: GraphQLError) =>
    JWT_REFUSALS.has(error.message)
      ? new GraphQLError('the token is not valid (wrong signature, issuer or audience, expired, or not a JWT): get a new one', {
          extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
        })
      : error;
  return errorMapper(recode);
}
