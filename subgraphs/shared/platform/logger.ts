import pino from 'pino';
import { config, type LogLevel } from './config';

export interface Logger {
  debug(message: string, details?: object): void;
  info(message: string, details?: object): void;
  warn(message: string, details?: object): void;
  error(message: string, details?: object): void;
  /** The same logger with `details` (e.g. a request id) on every line. */
  child(details: object): Logger;
}

/** Keys whose values never reach a log line, wherever they sit (one level deep in what is logged). */
const REDACTED_KEYS = ['authorization', 'token', 'email', 'phone', 'variables'];
const REDACT_PATHS = REDACTED_KEYS.flatMap((key) => [key, `*.${key}`, `*.*.${key}`]);

/** What must not appear in any line whatever field it is in: bearer tokens and JWTs, e-mail addresses and phone numbers. */
const SECRETS: [RegExp, string][] = [
  [/Bearer\s+[\w.~+/-]+=*/gi, 'Bearer [redacted]'],
  [/eyJ[\w-]*\.[\w-]+\.[\w-]*/g, '[redacted token]'],
  [/[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g, '[redacted e-mail]'],
  [/(?<![\w+.-])(?:\+\d{1,3}|0)(?:[\s-]?\d){6,12}(?![\w-])/g, '[redacted phone]'],
];

/** A JSON line with every secret pattern replaced. */
export function scrub(line: string): string {
  return SECRETS.reduce((text, [pattern, replacement]) => text.replace(pattern, replacement), line);
}

/**
 * A pino logger for `service` writing one JSON line per event (`level`, `time`, `service`, `msg` and
 * the details): errors and warnings to stderr, the rest to stdout, secrets redacted by key and by pattern.
 */
export function createPino(service: string, level: LogLevel): pino.Logger {
  const streams = pino.multistream(
    [
      { level: 'debug', stream: process.stdout },
      { level: 'warn', stream: process.stderr },
    ],
    { dedupe: true },
  );
  return pino(
    {
      level,
      base: { service },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      redact: { paths: REDACT_PATHS, censor: '[redacted]' },
      hooks: { streamWrite: scrub },
    },
    streams,
  );
}

const wrap = (log: () => pino.Logger): Logger => {
  const write = (at: 'debug' | 'info' | 'warn' | 'error') => (message: string, details?: object) =>
    details ? log()[at](details, message) : log()[at](message);
  return {
    debug: write('debug'),
    info: write('info'),
    warn: write('warn'),
    error: write('error'),
    child: (details) => {
      let child: pino.Logger | undefined;
      return wrap(() => (child ??= log().child(details)));
    },
  };
};

/** A structured logger for `service`; without a `level`, LOG_LEVEL's, read when it first writes. */
export function createLogger(service: string, level?: LogLevel): Logger {
  let made: pino.Logger | undefined;
  return wrap(() => (made ??= createPino(service, level ?? config().LOG_LEVEL)));
}
