import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';

export interface Service {
  name: string;
  url: string;
  child: ChildProcess;
}

/** Every service started, in start order, so that a failed start still stops the others. */
export const started: Service[] = [];

/** Starts `node [nodeFlags] <script> [args]` with extra environment and waits until `url` answers a GraphQL query (any status below 500). */
export async function startService(
  name: string,
  script: string,
  args: string[],
  env: Record<string, string>,
  url: string,
  nodeFlags: string[] = [],
): Promise<Service> {
  const child = spawn(process.execPath, [...nodeFlags, script, ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'inherit'] });
  started.push({ name, url, child });
  await answering(url, child);
  return { name, url, child };
}

/** Waits (at most two minutes) until `url` answers a GraphQL query (any status below 500); fails at once when `child` exits. */
export async function answering(url: string, child?: ChildProcess): Promise<void> {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child && child.exitCode !== null) throw new Error(`the process for ${url} exited with code ${child.exitCode}`);
    const answered = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' }).then(
      (response) => response.status < 500,
      () => false,
    );
    if (answered) return;
    await new Promise((done) => setTimeout(done, 200));
  }
  throw new Error(`nothing answered at ${url}`);
}

/** Peak resident memory of a process in MiB (VmHWM), read from /proc. */
export function peakRssMiB(pid: number | undefined): number | null {
  try {
    const line = readFileSync(`/proc/${pid}/status`, 'utf8')
      .split('\n')
      .find((entry) => entry.startsWith('VmHWM:'));
    return line ? Math.round(Number(line.replace(/\D+/g, '')) / 1024) : null;
  } catch {
    return null;
  }
}

/** Stops every service started. */
export async function stopAll(): Promise<void> {
  await Promise.all(started.filter(({ child }) => child.exitCode === null).map(({ child }) => stop(child)));
}

/** SIGTERM, then SIGKILL after five seconds: Hive Gateway's runtime handles SIGTERM and may not exit on it. */
function stop(child: ChildProcess): Promise<unknown> {
  const exited = new Promise((done) => child.once('exit', done));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
  return exited.finally(() => clearTimeout(timer));
}
