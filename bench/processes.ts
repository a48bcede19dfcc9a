import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';

export interface Service {
  name: string;
  url: string;
  child: ChildProcess;
}

/** Starts `node <script> [args]` with extra environment and waits until `url` answers a GraphQL query. */
export async function startService(name: string, script: string, args: string[], env: Record<string, string>, url: string): Promise<Service> {
  const child = spawn(process.execPath, [script, ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'inherit'] });
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${name} exited with code ${child.exitCode}`);
    const answered = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' }).then(
      (response) => response.ok,
      () => false,
    );
    if (answered) return { name, url, child };
    await new Promise((done) => setTimeout(done, 200));
  }
  throw new Error(`${name} did not answer at ${url}`);
}

/** Peak resident memory of a process in MiB (VmHWM), read from /proc. */
export function peakRssMiB(pid: number | undefined): number | null {
  try {
    const line = readFileSync(`/proc/${pid}/status`, 'utf8').split('\n').find((entry) => entry.startsWith('VmHWM:'));
    return line ? Math.round(Number(line.replace(/\D+/g, '')) / 1024) : null;
  } catch {
    return null;
  }
}

export async function stopAll(services: Service[]): Promise<void> {
  await Promise.all(
    services.filter(({ child }) => child.exitCode === null).map(({ child }) => new Promise((done) => child.once('exit', done).kill('SIGTERM'))),
  );
}
