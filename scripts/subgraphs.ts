import 'reflect-metadata';
import { subgraphs } from '../subgraphs';
import { type RunningSubgraph, startSubgraph } from '../subgraphs/shared/graphql/server';
import { config, subgraphSettings, subgraphUrls } from '../subgraphs/shared/platform/config';
import { provideDatabase } from '../subgraphs/shared/platform/postgres';
import { runAsProcess } from '../subgraphs/shared/platform/process';

/**
 * Every subgraph in this one process, as `npm start` runs them: each on its own port (`<NAME>_PORT`),
 * with its own schema and ORM, migrated and seeded when SEED is auto; `peers` are their GraphQL URLs.
 */
export async function startSubgraphs(databaseUrl: string, peers: Record<string, string>): Promise<RunningSubgraph[]> {
  const host = config().HOST;
  const seed = config().SEED === 'auto';
  return Promise.all(
    subgraphs.map((definition) => startSubgraph(definition, { databaseUrl, port: subgraphSettings(definition.name).port, host, seed, peers })),
  );
}

/** `node dist/scripts/subgraphs.js`: the four subgraphs in one process (the bench runs the hub so). */
if (require.main === module)
  void runAsProcess('subgraphs', 'the <NAME>_PORT variables', async () => {
    const database = await provideDatabase();
    const running = await startSubgraphs(database.url, subgraphUrls());
    return {
      async stop() {
        await Promise.all(running.map((subgraph) => subgraph.stop()));
        await database.stop();
      },
    };
  });
