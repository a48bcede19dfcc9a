import { isIP } from 'node:net';
import { z } from 'zod';

const port = (fallback: number) => z.coerce.number().int().min(0).max(65535).default(fallback);

/** Signs development tokens on a developer's machine; refused when the hub listens beyond loopback. */
export const DEVELOPMENT_SECRET = 'sambruk-graph-development-secret-change-me';
const LOOPBACK = new Set(['localhost', '127.0.0.1', '::1']);
/** Browser origins allowed by default: the gateway's own page and the usual development servers (React, Angular, Vite, Vue), on localhost and 127.0.0.1. */
const DEVELOPMENT_ORIGINS = [4000, 3000, 4200, 5173, 8080].flatMap((port) => [`http://localhost:${port}`, `http://127.0.0.1:${port}`]).join(',');

export const LOG_LEVELS = ['debug', 'info', 'warn', 'error', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

const schema = z
  .object({
    DATABASE_URL: z.string().url().optional(),
    EMBEDDED_POSTGRES_DIR: z.string().optional(),
    DATABASE_NAME: z.string().default('sambruk'),
    DATABASE_POOL_MAX: z.coerce.number().int().positive().default(10),
    HOST: z.string().default('localhost'),
    GATEWAY_PORT: port(4000),
    MEMBERSHIP_PORT: port(4001),
    SERVICES_PORT: port(4002),
    PROJECTS_PORT: port(4003),
    FINANCE_PORT: port(4004),
    SUPERGRAPH_PATH: z.string().default('schema/supergraph.graphql'),
    MEMBERSHIP_URL: z.string().url().optional(),
    SERVICES_URL: z.string().url().optional(),
    PROJECTS_URL: z.string().url().optional(),
    FINANCE_URL: z.string().url().optional(),
    SEED: z.enum(['auto', 'never']).default('auto'),
    SEED_SCALE: z.coerce.number().int().min(1).max(50).default(1),
    JWT_SECRET: z.string().min(32).default(DEVELOPMENT_SECRET),
    JWT_JWKS_URL: z.string().url().optional(),
    JWT_ISSUER: z.string().default('sambruk-graph-dev'),
    JWT_AUDIENCE: z.string().default('sambruk-graph'),
    MAX_DEPTH: z.coerce.number().int().positive().default(12),
    MAX_TOKENS: z.coerce.number().int().positive().default(3000),
    MAX_ALIASES: z.coerce.number().int().positive().default(30),
    MAX_COST: z.coerce.number().int().positive().default(100_000),
    MAX_COST_ANALYST: z.coerce.number().int().positive().default(500_000),
    RATE_LIMIT_PER_MINUTE: z.coerce.number().int().positive().default(30_000),
    REDIS_URL: z.string().url().optional(),
    TRUSTED_PROXIES: z
      .string()
      .default('')
      .transform((list) =>
        list
          .split(',')
          .map((entry) => entry.trim())
          .filter(Boolean),
      )
      .refine(
        (entries) => entries.every((entry) => isIP(entry.split('/')[0]) !== 0),
        'must list IP addresses or CIDR ranges (e.g. 10.0.0.0/8), comma-separated',
      ),
    REDIS_PREFIX: z.string().default('sambruk-graph:'),
    CHANGE_CHANNEL: z.enum(['postgres', 'redis', 'nats']).default('postgres'),
    NATS_URL: z.string().url().optional(),
    CHANGE_POLL_MS: z.coerce.number().int().positive().default(1000),
    RESPONSE_CACHE: z.enum(['on', 'off']).default('on'),
    RESPONSE_CACHE_TTL_MS: z.coerce.number().int().positive().default(60_000),
    RESPONSE_CACHE_MAX_ENTRIES: z.coerce.number().int().positive().default(1000),
    MAX_BODY_BYTES: z.coerce.number().int().positive().default(100_000),
    SUBGRAPH_TIMEOUT_MS: z.coerce.number().int().positive().default(5000),
    GATEWAY_AWAIT_SUBGRAPHS: z.enum(['on', 'off']).default('off'),
    PEER_TIMEOUT_MS: z.coerce.number().int().positive().default(3000),
    DRAIN_TIMEOUT_MS: z.coerce.number().int().positive().default(8000),
    CORS_ORIGINS: z
      .string()
      .default(DEVELOPMENT_ORIGINS)
      .transform((list) =>
        list
          .split(',')
          .map((origin) => origin.trim())
          .filter(Boolean),
      ),
    INTROSPECTION: z.enum(['on', 'off']).default('on'),
    WEBHOOK_ALLOWED_HOSTS: z
      .string()
      .default('')
      .transform((list) =>
        list
          .split(',')
          .map((host) => host.trim())
          .filter(Boolean),
      ),
    WEBHOOK_TIMEOUT_MS: z.coerce.number().int().positive().default(5000),
    WEBHOOK_RETRY_BASE_MS: z.coerce.number().int().positive().default(1000),
    WEBHOOK_DISABLE_AFTER_MS: z.coerce
      .number()
      .int()
      .positive()
      .default(24 * 60 * 60 * 1000),
    WEBHOOK_POLL_MS: z.coerce.number().int().positive().default(1000),
    ARBITRARY_OPERATIONS: z.enum(['all', 'signed-in', 'analysts', 'none']).default('all'),
    TRUSTED_DOCUMENTS_PATH: z.string().default('gateway/dashboard/generated/persisted-documents.json'),
    DASHBOARD_DIR: z.string().default('dist/dashboard'),
    LOG_LEVEL: z.enum(LOG_LEVELS).default('info'),
    OTEL_EXPORTER_OTLP_ENDPOINT: z.string().url().optional(),
  })
  .refine((cfg) => cfg.PEER_TIMEOUT_MS < cfg.SUBGRAPH_TIMEOUT_MS, {
    path: ['PEER_TIMEOUT_MS'],
    message: 'must be below SUBGRAPH_TIMEOUT_MS, so that a subgraph gives up on a slow peer (and answers the rest) before the gateway gives up on it',
  })
  .refine((cfg) => cfg.CHANGE_CHANNEL !== 'redis' || cfg.REDIS_URL, {
    path: ['CHANGE_CHANNEL'],
    message: 'redis needs REDIS_URL (e.g. redis://127.0.0.1:6379), or leave CHANGE_CHANNEL at postgres',
  })
  .refine((cfg) => cfg.CHANGE_CHANNEL !== 'nats' || cfg.NATS_URL, {
    path: ['CHANGE_CHANNEL'],
    message: 'nats needs NATS_URL (e.g. nats://127.0.0.1:4222), or leave CHANGE_CHANNEL at postgres',
  })
  .refine((cfg) => cfg.JWT_JWKS_URL || cfg.JWT_SECRET !== DEVELOPMENT_SECRET || LOOPBACK.has(cfg.HOST), {
    path: ['JWT_SECRET'],
    message: 'the development secret is public: listening beyond loopback needs JWT_SECRET (32+ characters) or JWT_JWKS_URL',
  });

export type Config = z.infer<typeof schema>;

/**
 * Hive Gateway's logger reads LOG_LEVEL itself whenever one is made and throws on `silent` (a level it
 * spells `false`), so once read here that value is taken out of the environment and remembered.
 */
let hiddenLogLevel: string | undefined;
function hideSilentLevel(source: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  if (source === process.env && source.LOG_LEVEL === 'silent') {
    hiddenLogLevel = 'silent';
    delete source.LOG_LEVEL;
  }
  return { LOG_LEVEL: hiddenLogLevel, ...source };
}

/** The environment, parsed once; the only place that reads `process.env`. */
export function readConfig(source: NodeJS.ProcessEnv = process.env): Config {
  const parsed = schema.safeParse(hideSilentLevel(source));
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`invalid environment: ${problems.join('; ')}`);
  }
  return parsed.data;
}

let cached: Config | undefined;
export const config = (): Config => (cached ??= readConfig());

/** Reads the environment again with some variables replaced, for the rest of this process (e.g. a script's `--scale`). */
export function overrideConfig(variables: Record<string, string>): Config {
  cached = readConfig({ ...process.env, ...variables });
  return cached;
}

/** The hub's subgraphs by name; each also names the PostgreSQL schema it owns. */
export const SUBGRAPH_NAMES = ['membership', 'services', 'projects', 'finance'] as const;

/** Port and URL override for a subgraph, by its name. */
export function subgraphSettings(name: string, cfg: Config = config()) {
  const key = name.toUpperCase();
  return {
    port: cfg[`${key}_PORT` as keyof Config] as number,
    urlOverride: cfg[`${key}_URL` as keyof Config] as string | undefined,
  };
}

/** Every subgraph's GraphQL URL by name: its `<NAME>_URL` when set, else its port on HOST. */
export function subgraphUrls(cfg: Config = config()): Record<string, string> {
  return Object.fromEntries(
    SUBGRAPH_NAMES.map((name) => {
      const { port, urlOverride } = subgraphSettings(name, cfg);
      return [name, urlOverride ?? `http://${cfg.HOST}:${port}/graphql`];
    }),
  );
}
