import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { subgraphs } from '../subgraphs';
import { openSubgraphOrm } from '../subgraphs/shared/graphql/subgraph';
import { config, overrideConfig } from '../subgraphs/shared/platform/config';
import { migrate } from '../subgraphs/shared/platform/database';
import { createLogger } from '../subgraphs/shared/platform/logger';
import { databaseUrl, ensureDatabase, provideDatabase } from '../subgraphs/shared/platform/postgres';
import { createProgress, type Progress } from '../subgraphs/shared/platform/progress';

const log = createLogger('seed');

/** The database a scale is seeded into: the configured one at scale 1, `<name>_x<scale>` beside it otherwise. */
export function scaledDatabaseUrl(url: string, scale: number): string {
  return scale === 1 ? url : databaseUrl(url, `${decodeURIComponent(new URL(url).pathname.slice(1))}_x${scale}`);
}

/** Migrates every subgraph's schema in the database and seeds the empty ones at the configured SEED_SCALE. */
export async function seedAll(url: string, progressOf: (name: string) => Progress = createProgress): Promise<void> {
  await ensureDatabase(url);
  for (const definition of subgraphs) {
    const { orm } = await openSubgraphOrm(definition, url);
    try {
      await migrate(orm);
      await definition.seed(orm.em.fork(), progressOf(definition.name));
    } finally {
      await orm.close();
    }
  }
}

/** `npm run seed [-- --scale 10]`: seeds the hub's data, or a DEMO dataset that many times larger in its own database. */
async function main() {
  const { values } = parseArgs({ options: { scale: { type: 'string', default: String(config().SEED_SCALE) } } });
  const scale = overrideConfig({ SEED_SCALE: values.scale! }).SEED_SCALE;
  const server = await provideDatabase();
  try {
    const url = scaledDatabaseUrl(server.url, scale);
    await seedAll(url);
    const name = new URL(url).pathname.slice(1);
    log.info(`seeded ${name} at scale ${scale}; serve it with ${config().DATABASE_URL ? `DATABASE_URL=${url}` : `DATABASE_NAME=${name}`} npm start`);
  } finally {
    await server.stop();
  }
}

if (require.main === module) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
