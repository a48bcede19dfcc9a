import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * `npm run build`'s dashboard step: vite builds dist/dashboard only when its inputs (this folder and
 * the locked dependencies) differ from those of the last build, recorded as a hash beside it.
 */
const folder = fileURLToPath(new URL('.', import.meta.url));
const root = join(folder, '../..');
const stamp = join(root, 'dist/dashboard/.inputs-sha256');

const filesUnder = (directory) =>
  readdirSync(directory, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(directory, entry.name)) : [join(directory, entry.name)],
  );

const hash = createHash('sha256');
for (const file of [...filesUnder(folder), join(root, 'package-lock.json')].sort()) hash.update(`${relative(root, file)}\n`).update(readFileSync(file));
const inputs = hash.digest('hex');

if (!existsSync(stamp) || readFileSync(stamp, 'utf8') !== inputs) {
  const { build } = await import('vite');
  await build({ configFile: join(folder, 'vite.config.mjs') });
  writeFileSync(stamp, inputs);
}
