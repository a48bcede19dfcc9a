import { createRemoteJWKSet, errors, type JWTPayload, jwtVerify, SignJWT } from 'jose';
import { type AuthChecker, Authorized, Directive } from 'type-graphql';
import { type Config, config } from '../platform/config';
import type { RequestContext } from './context';
import { ForbiddenError, UnauthenticatedError } from './errors';

export type Role = 'anonymous' | 'member' | 'analyst' | 'admin';
export const ROLES: Role[] = ['anonymous', 'member', 'analyst', 'admin'];

/** Who is asking: a role, and for a member user the member organisation they act for. */
export interface Viewer {
  role: Role;
  subject: string | null;
  memberId: string | null;
}

export const ANONYMOUS: Viewer = { role: 'anonymous', subject: null, memberId: null };

/** Claim carrying a member user's member id. */
export const MEMBER_CLAIM = 'member_id';

const secretKey = (cfg: Config) => new TextEncoder().encode(cfg.JWT_SECRET);

function viewerFrom(payload: JWTPayload): Viewer {
  const role = payload.role as Role;
  if (!ROLES.includes(role) || role === 'anonymous')
    throw new UnauthenticatedError(`token role must be one of member, analyst, admin (got "${String(payload.role)}")`);
  const memberId = typeof payload[MEMBER_CLAIM] === 'string' ? (payload[MEMBER_CLAIM] as string) : null;
  if (role === 'member' && !memberId) throw new UnauthenticatedError(`a member token must carry the "${MEMBER_CLAIM}" claim`);
  return { role, subject: payload.sub ?? null, memberId: role === 'member' ? memberId : null };
}

/**
 * Turns an Authorization header into a Viewer: none is anonymous; a bad, expired or wrongly signed
 * token is UNAUTHENTICATED. Tokens are HS256 with JWT_SECRET, or checked against JWT_JWKS_URL.
 */
export function createTokenVerifier(cfg: Config = config()) {
  const keys = cfg.JWT_JWKS_URL ? createRemoteJWKSet(new URL(cfg.JWT_JWKS_URL)) : null;
  const options = { issuer: cfg.JWT_ISSUER, audience: cfg.JWT_AUDIENCE, requiredClaims: ['exp'] };
  return async (authorization: string | undefined): Promise<Viewer> => {
    if (!authorization) return ANONYMOUS;
    const token = /^Bearer (.+)$/i.exec(authorization)?.[1];
    if (!token) throw new UnauthenticatedError('the Authorization header must be "Bearer <token>"');
    try {
      const { payload } = keys ? await jwtVerify(token, keys, options) : await jwtVerify(token, secretKey(cfg), { ...options, algorithms: ['HS256'] });
      return viewerFrom(payload);
    } catch (error) {
      if (error instanceof UnauthenticatedError) throw error;
      if (error instanceof errors.JWTExpired) throw new UnauthenticatedError('the token has expired: get a new one');
      throw new UnauthenticatedError(`the token is not valid: ${(error as Error).message}`);
    }
  };
}

/** A development token signed with JWT_SECRET (see `npm run token`). */
export function signDevelopmentToken(
  claims: { role: Exclude<Role, 'anonymous'>; memberId?: string; subject?: string; expiresIn?: string },
  cfg: Config = config(),
): Promise<string> {
  return new SignJWT({ role: claims.role, scope: claims.role, ...(claims.memberId ? { [MEMBER_CLAIM]: claims.memberId } : {}) })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(claims.subject ?? `${claims.role}@sambruk.example`)
    .setIssuer(cfg.JWT_ISSUER)
    .setAudience(cfg.JWT_AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(claims.expiresIn ?? '8h')
    .sign(secretKey(cfg));
}

/** Who may see a field or run an operation; one rule is enough. */
export enum Access {
  ADMIN = 'ADMIN',
  ANALYST = 'ANALYST',
  /** A member user, for data that belongs to their own member (see `MemberOwned`). */
  OWN_MEMBER = 'OWN_MEMBER',
  /** Any member user; the resolver narrows what it answers to the user's own member. */
  MEMBER = 'MEMBER',
}

/** The key under which a value says which member it belongs to: a symbol, which no request (JSON) can carry. */
export const OWNER: unique symbol = Symbol('owner member');

/**
 * Data that belongs to one member, as the subgraph itself established it: from rows it loaded, or
 * from a representation whose key and @requires fields it validated. Classes implement it with a
 * getter; nothing a caller sends can mark a value as owned.
 */
export interface MemberOwned {
  readonly [OWNER]: string;
}

/** The member a value belongs to when the subgraph marked it so; null otherwise. */
export function ownerOf(value: unknown): string | null {
  const owner = typeof value === 'object' && value !== null ? (value as Partial<MemberOwned>)[OWNER] : undefined;
  return typeof owner === 'string' ? owner : null;
}

/** Whether the viewer passes one of the rules for data owned by `owner` (a member id, or null for no member's data). */
export function allows(viewer: Viewer, rules: readonly Access[], owner: string | null): boolean {
  if (viewer.role === 'admin') return true;
  return rules.some((rule) => {
    if (rule === Access.ANALYST) return viewer.role === 'analyst';
    if (rule === Access.MEMBER) return viewer.role === 'member';
    return rule === Access.OWN_MEMBER && viewer.role === 'member' && owner !== null && viewer.memberId === owner;
  });
}

/** Whose data a field is: its parent's marked owner, or for a root field (an operation) its `memberId` argument. */
function ownerFor(root: unknown, args: Record<string, unknown>): string | null {
  if (root !== undefined && root !== null) return ownerOf(root);
  return typeof args.memberId === 'string' ? args.memberId : null;
}

/** type-graphql's check for `@Authorized(...)`: a refusal is FORBIDDEN for that field only. */
export const authChecker: AuthChecker<RequestContext, Access> = ({ root, args, context, info }, rules) => {
  if (allows(context.viewer, rules, ownerFor(root, args))) return true;
  const who = context.viewer.role === 'anonymous' ? 'anonymous callers' : `the ${context.viewer.role} role`;
  throw new ForbiddenError(`${info.parentType.name}.${info.fieldName} is not available to ${who}`);
};

/** For resolvers: fails with FORBIDDEN unless the viewer passes one of the rules for this member's data. */
export function requireAccess(ctx: RequestContext, rules: readonly Access[], memberId: string | null, action: string): void {
  if (!allows(ctx.viewer, rules, memberId)) {
    throw new ForbiddenError(`${action} is not allowed for ${ctx.viewer.role === 'anonymous' ? 'anonymous callers' : `the ${ctx.viewer.role} role`}`);
  }
}

const SCOPES: Record<Access, Role> = { [Access.ADMIN]: 'admin', [Access.ANALYST]: 'analyst', [Access.OWN_MEMBER]: 'member', [Access.MEMBER]: 'member' };

/** The gateway's half of a rule: `@requiresScopes` with the roles that may pass (admin always). */
function scopesDirective(...rules: Access[]): string {
  const scopes = [...new Set(['admin', ...rules.map((rule) => SCOPES[rule])])].map((scope) => `["${scope}"]`).join(', ');
  return `@requiresScopes(scopes: [${scopes}])`;
}

/**
 * Declares who may see a field or run an operation, once: in the schema as `@requiresScopes`
 * (the roles that may pass, admin always included; visible in the supergraph for routers and
 * clients) and as the subgraph's own check (`@Authorized`), which also decides which member the
 * data belongs to. The subgraph enforces it, so a request sent straight to it gets no more.
 */
export function Restricted(...rules: Access[]): MethodDecorator & PropertyDecorator {
  const authorized = Authorized(...rules);
  const directive = Directive(scopesDirective(...rules));
  return (target: object, key: string | symbol, descriptor?: PropertyDescriptor) => {
    directive(target, key, descriptor as never);
    authorized(target, key, descriptor as never);
  };
}
