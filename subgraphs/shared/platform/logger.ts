import { config } from './config';

const levels = ['debug', 'info', 'warn', 'error', 'silent'] as const;
type Level = (typeof levels)[number];

export interface Logger {
  debug(message: string, details?: object): void;
  info(message: string, details?: object): void;
  warn(message: string, details?: object): void;
  error(message: string, details?: object): void;
}

/** A small structured logger: one line per event, prefixed with the service name. Without a `level`, LOG_LEVEL's, read when it first writes. */
export function createLogger(service: string, level?: Level): Logger {
  const write = (at: Level) => (message: string, details?: object) => {
    if (levels.indexOf(at) < levels.indexOf(level ?? config().LOG_LEVEL)) return;
    const suffix = details ? ` ${JSON.stringify(details)}` : '';
    const line = `${new Date().toISOString()} ${at.toUpperCase().padEnd(5)} [${service}] ${message}${suffix}\n`;
    (at === 'error' || at === 'warn' ? process.stderr : process.stdout).write(line);
  };
  return { debug: write('debug'), info: write('info'), warn: write('warn'), error: write('error') };
}
