import { existsSync, readFileSync } from 'node:fs';
import type { GatewayConfigSupergraph } from '@graphql-hive/gateway-runtime';
import type { Config } from '../subgraphs/shared/platform/config';

type Policy = Config['ARBITRARY_OPERATIONS'];

/** The roles that may send operations of their own under each policy; the others send a trusted document's documentId. */
const ALLOWED: Record<Policy, readonly string[]> = {
  all: ['anonymous', 'member', 'analyst', 'admin'],
  'signed-in': ['member', 'analyst', 'admin'],
  analysts: ['analyst', 'admin'],
  none: [],
};

/**
 * The role a request's token claims, read without verifying it: the JWT plugin refuses a token that
 * is not valid (UNAUTHENTICATED) whatever this decides, so a forged claim gains nothing.
 */
export function claimedRole(request: Request): string {
  const token = /^Bearer (.+)$/i.exec(request.headers.get('authorization') ?? '')?.[1];
  if (!token) return 'anonymous';
  try {
    const payload = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8')) as { role?: unknown };
    return typeof payload.role === 'string' ? payload.role : 'anonymous';
  } catch {
    return 'anonymous';
  }
}

/** The manifest graphql-codegen's client preset writes: `sha256:<hash>` → operation text. */
function readManifest(path: string): Map<string, string> {
  if (!existsSync(path)) return new Map();
  return new Map(Object.entries(JSON.parse(readFileSync(path, 'utf8')) as Record<string, string>));
}

/** A documentId as sent (`sha256:<hash>`), or an Apollo persisted query's bare sha256Hash. */
const manifestKey = (id: string) => (id.startsWith('sha256:') ? id : `sha256:${id}`);

/**
 * Trusted documents: the operations in TRUSTED_DOCUMENTS_PATH run by `documentId` (POST body or GET
 * query, Hive's format) or an Apollo `persistedQuery` hash; ARBITRARY_OPERATIONS says who may also
 * send operations of their own. Nothing is registered at run time (no APQ).
 */
export function trustedDocuments(cfg: Config): GatewayConfigSupergraph['persistedDocuments'] {
  const documents = readManifest(cfg.TRUSTED_DOCUMENTS_PATH);
  const allowed = ALLOWED[cfg.ARBITRARY_OPERATIONS];
  return {
    getPersistedOperation: (id: string) => documents.get(manifestKey(id)) ?? null,
    allowArbitraryDocuments: (request: Request) => allowed.includes(claimedRole(request)),
    customErrors: {
      notFound: {
        message: 'PersistedQueryNotFound: the documentId is not a trusted document of this hub; send one listed in the manifest written by npm run codegen',
        extensions: { code: 'PERSISTED_QUERY_NOT_FOUND', http: { status: 400 } },
      },
      keyNotFound: { message: 'send a query, or the documentId of a trusted document', extensions: { code: 'BAD_REQUEST', http: { status: 400 } } },
      persistedQueryOnly: {
        message: `this hub runs only trusted documents for your role (ARBITRARY_OPERATIONS=${cfg.ARBITRARY_OPERATIONS}): send a documentId instead of a query`,
        extensions: { code: 'PERSISTED_QUERY_ONLY', http: { status: 403 } },
      },
    },
  };
}
