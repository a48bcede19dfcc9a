import 'reflect-metadata';
import { readdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { subgraphNamed } from '../subgraphs';
import { openSubgraphOrm } from '../subgraphs/shared/graphql/subgraph';
import { migrate } from '../subgraphs/shared/platform/database';
import { ensureDatabase, provideDatabase } from '../subgraphs/shared/platform/postgres';

/** The subgraph's `migrations/index.ts` listing `names`, written as `npm run format` would write it (160 columns). */
function migrationIndex(names: string[]): string {
  const entries = names.map((name) => `{ name: '${name}', class: ${name} }`);
  const inline = `export const migrations = [${entries.join(', ')}];`;
  const list = inline.length <= 160 ? inline : ['export const migrations = [', ...entries.map((entry) => `  ${entry},`), '];'].join('\n');
  return [
    ...names.map((name) => `import { ${name} } from './${name}';`),
    '',
    '/** Every migration of this subgraph, oldest first (run on start). */',
    list,
    '',
  ].join('\n');
}

/** `npm run migration:create -- <subgraph>`: writes a migration for what changed in the subgraph's entities. */
async function main() {
  const definition = subgraphNamed(process.argv[2] ?? '');
  const folder = resolve('subgraphs', definition.name, 'migrations');
  const database = await provideDatabase();
  await ensureDatabase(database.url);
  const { orm } = await openSubgraphOrm(definition, database.url, folder);
  try {
    await migrate(orm);
    const created = await orm.getMigrator().createMigration(folder);
    console.log(created.fileName ? `wrote ${folder}/${created.fileName}` : 'no changes: no migration written');
    const names = readdirSync(folder)
      .filter((file) => /^Migration\d+\.ts$/.test(file))
      .map((file) => file.replace(/\.ts$/, ''))
      .sort();
    writeFileSync(resolve(folder, 'index.ts'), migrationIndex(names));
  } finally {
    await orm.close();
    await database.stop();
  }
}

void main();
