import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * `npm start`'s build: swc turns each TypeScript file of tsconfig.json into dist/ as tsc would
 * (CommonJS, legacy decorators with their design-time metadata, no define semantics for class
 * fields), without type checking (`npm test` and `npm run build` check the types). Only files newer
 * than their output are transpiled again, all of them when this script, tsconfig.json or swc changed.
 */
const root = fileURLToPath(new URL('..', import.meta.url));
const outDir = join(root, 'dist');
const stamp = join(outDir, '.transpiled-with');
const tsconfig = JSON.parse(readFileSync(join(root, 'tsconfig.json'), 'utf8'));
const excluded = new Set(tsconfig.exclude.map((path) => join(root, path)));

const sourcesUnder = (directory) =>
  readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    if (excluded.has(path)) return [];
    if (entry.isDirectory()) return sourcesUnder(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') ? [path] : [];
  });

const outputOf = (source) => join(outDir, relative(root, source)).replace(/\.ts$/, '.js');
const isStale = (source, output) => !existsSync(output) || statSync(output).mtimeMs < statSync(source).mtimeMs;

const swcOptions = {
  jsc: {
    parser: { syntax: 'typescript', decorators: true },
    target: tsconfig.compilerOptions.target.toLowerCase(),
    transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
    keepClassNames: true,
  },
  module: { type: 'commonjs', ignoreDynamic: true },
  sourceMaps: true,
};

async function transpile(swc, source) {
  const output = outputOf(source);
  const { code, map } = await swc.transformFile(source, { ...swcOptions, filename: source, outputPath: output, swcrc: false, configFile: false });
  mkdirSync(dirname(output), { recursive: true });
  writeFileSync(output, `${code}\n//# sourceMappingURL=${basename(output)}.map\n`);
  writeFileSync(`${output}.map`, map);
}

const settings = createHash('sha256')
  .update(readFileSync(fileURLToPath(import.meta.url)))
  .update(JSON.stringify(tsconfig))
  .update(readFileSync(createRequire(import.meta.url).resolve('@swc/core/package.json')))
  .digest('hex');
const unchangedSettings = existsSync(stamp) && readFileSync(stamp, 'utf8') === settings;
const sources = tsconfig.include.flatMap((folder) => sourcesUnder(join(root, folder)));
const stale = sources.filter((source) => !unchangedSettings || isStale(source, outputOf(source)));
if (stale.length) {
  const { default: swc } = await import('@swc/core');
  await Promise.all(stale.map((source) => transpile(swc, source)));
  mkdirSync(outDir, { recursive: true });
  writeFileSync(stamp, settings);
}
