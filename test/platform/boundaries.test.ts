import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/**
 * The import boundaries `npm run lint` holds (biome.jsonc): probe files, each importing one module, laid out
 * as the project's files are in a folder with the project's Biome configuration, linted once.
 */
const probes: Array<[file: string, imports: string, refusal: string | null]> = [
  ['subgraphs/membership/resolvers/probe.ts', '../../services/loaders', "never imports another subgraph's code"],
  ['subgraphs/finance/probe.ts', '../projects/rules', "never imports another subgraph's code"],
  ['subgraphs/services/resolvers/probe.ts', '../../shared/seed-world/members', 'Only seed.ts, scripts, bench and test import the seed catalogue'],
  ['subgraphs/services/seed.ts', '../shared/seed-world/services', null],
  ['subgraphs/services/resolvers/probe-shared.ts', '../../shared/graphql/peers', null],
  ['gateway/probe.ts', '../subgraphs/shared/graphql/server', 'The gateway imports nothing of the subgraphs but subgraphs/shared/platform'],
  ['gateway/probe-orm.ts', '@mikro-orm/core', 'no Apollo Server, subgraph schema or ORM'],
  ['gateway/probe-platform.ts', '../subgraphs/shared/platform/process', null],
  ['subgraphs/shared/platform/probe.ts', '../graphql/errors', 'platform/ is the first layer'],
  ['subgraphs/shared/platform/probe-graphql.ts', 'graphql', 'platform/ holds no GraphQL code'],
  ['subgraphs/shared/graphql/probe.ts', '../domain/periods', 'graphql/ imports only platform/ and itself'],
  ['subgraphs/shared/graphql/probe-platform.ts', '../platform/config', null],
  ['subgraphs/shared/domain/probe.ts', '../platform/clock', 'domain/ does no I/O'],
  ['subgraphs/shared/domain/probe-errors.ts', '../graphql/errors', null],
  ['subgraphs/shared/domain/probe-subgraph.ts', '../../membership', 'domain/ does no I/O'],
  ['subgraphs/shared/seed-world/probe.ts', '../graphql/errors', 'seed-world/ builds on domain/'],
];

let refusals: Map<string, string[]>;
beforeAll(() => {
  const folder = mkdtempSync(join(tmpdir(), 'sambruk-boundaries-'));
  try {
    copyFileSync('biome.jsonc', join(folder, 'biome.jsonc'));
    for (const [file, imports] of probes) {
      mkdirSync(join(folder, dirname(file)), { recursive: true });
      writeFileSync(join(folder, file), `import { probe } from '${imports}';\n\nexport const imported = probe;\n`);
    }
    const biome = require.resolve('@biomejs/biome/bin/biome');
    const report = (() => {
      try {
        return execFileSync(process.execPath, [biome, 'lint', '--vcs-enabled=false', '--reporter=json', '.'], { cwd: folder, encoding: 'utf8', stdio: 'pipe' });
      } catch (error) {
        return (error as { stdout: string }).stdout;
      }
    })();
    const diagnostics = (JSON.parse(report) as { diagnostics: Array<{ category: string; message: string; location: { path: string } }> }).diagnostics;
    refusals = new Map(
      probes.map(([file]) => [
        file,
        diagnostics.filter((d) => d.location.path === file && d.category === 'lint/style/noRestrictedImports').map((d) => d.message),
      ]),
    );
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});

test.each(probes.map(([file, imports, refusal]) => [file, imports, refusal ?? 'allowed', refusal] as const))(
  '%s importing %s: %s',
  (file, _imports, _outcome, refusal) => {
    expect(refusals.get(file)).toEqual(refusal === null ? [] : [expect.stringContaining(refusal)]);
  },
);
