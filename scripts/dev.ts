import { type ChildProcess, spawn } from 'node:child_process';
import { resolve } from 'node:path';

const WATCHING = /Watching for file changes/;

/**
 * `npm run dev`: tsc recompiles on every change, and the hub (`dist/scripts/start.js`) restarts whenever the compiled
 * subgraphs, gateway or scripts change. tsc, not tsx or esbuild: those drop the decorator metadata type-graphql and
 * MikroORM read. The hub starts once the first compilation is done; Ctrl-C stops both.
 */
function main(): void {
  const children: ChildProcess[] = [];
  const stop = (code: number) => {
    for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
    process.exitCode = code;
  };
  const tsc = spawn(process.execPath, [require.resolve('typescript/bin/tsc'), '-b', 'tsconfig.build.json', '--watch', '--preserveWatchOutput'], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  children.push(tsc);
  tsc.stdout.on('data', (chunk: Buffer) => {
    process.stdout.write(chunk);
    if (children.length > 1 || !WATCHING.test(chunk.toString())) return;
    const watched = ['subgraphs', 'gateway', 'scripts'].map((folder) => `--watch-path=${resolve(__dirname, '..', folder)}`);
    children.push(spawn(process.execPath, [...watched, resolve(__dirname, 'start.js')], { stdio: 'inherit' }).once('exit', (code) => stop(code ?? 0)));
  });
  tsc.once('exit', (code) => stop(code ?? 1));
  process.once('SIGINT', () => stop(0));
  process.once('SIGTERM', () => stop(0));
}

main();
