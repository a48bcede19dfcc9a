import { Presets, SingleBar } from 'cli-progress';
import { createLogger } from './logger';

/** Reports the progress of a long task, such as seeding. */
export interface Progress {
  step(label: string, total: number): { tick(count?: number): void; done(): void };
}

/** A progress bar on a terminal, one log line per step elsewhere (CI, docker logs). */
export function createProgress(service: string): Progress {
  const log = createLogger(service);
  return {
    step(label, total) {
      if (!process.stdout.isTTY) {
        log.info(`${label}: ${total}`);
        return { tick: () => undefined, done: () => undefined };
      }
      const bar = new SingleBar({ format: `[${service}] ${label} {bar} {value}/{total}` }, Presets.shades_classic);
      bar.start(total, 0);
      return { tick: (count = 1) => bar.increment(count), done: () => bar.stop() };
    },
  };
}

export const silentProgress: Progress = { step: () => ({ tick: () => undefined, done: () => undefined }) };
