import { createLogger } from './logger';
import { flushTracing } from './tracing';

/**
 * The flags the gateway's Node process runs with, wherever it is started (npm start, the
 * `start:gateway` script, the bench): V8 collects before the heap passes 192 MiB. Unbounded on a
 * large machine it grew to some 330 MiB under the bench load while what a request keeps alive is small.
 */
export const GATEWAY_NODE_FLAGS = ['--max-old-space-size=192'];

/** What a service started by `runAsProcess` must offer: a way to stop it. */
export interface Stoppable {
  stop(): Promise<void>;
}

/**
 * Runs a service as its own process. On SIGINT or SIGTERM it stops accepting, finishes the requests
 * in flight (at most DRAIN_TIMEOUT_MS) and exits; when it cannot start it says why in one line
 * (a port in use names the variable that moves it) and exits with 1.
 */
export async function runAsProcess(service: string, portVariable: string, start: () => Promise<Stoppable>): Promise<void> {
  let running: Stoppable;
  try {
    running = await start();
  } catch (error) {
    const { code, port, message } = error as { code?: string; port?: number; message?: string };
    const reason =
      code === 'EADDRINUSE'
        ? `port ${port} is in use: stop what listens there or set ${portVariable}`
        : `could not start: ${String(message).replace(/\s*\n\s*/g, '; ')}`;
    createLogger(service, 'error').error(reason);
    process.exit(1);
  }
  const shutdown = async (signal: string) => {
    createLogger(service).info(`${signal}: finishing the requests in flight, then stopping`);
    await running.stop();
    await flushTracing();
    process.exit(0);
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}
