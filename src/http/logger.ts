/**
 * A small structured logger: one JSON object per line on stdout (errors on stderr).
 */
import type { LogLevel } from '../env.js';

const RANK: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 100 };

export type LogFields = Record<string, unknown>;

export interface Logger {
  debug(message: string, fields?: LogFields): void;
  info(message: string, fields?: LogFields): void;
  warn(message: string, fields?: LogFields): void;
  error(message: string, fields?: LogFields): void;
}

export function createLogger(level: LogLevel, write: (line: string, isError: boolean) => void = defaultWrite): Logger {
  const emit = (at: Exclude<LogLevel, 'silent'>, message: string, fields: LogFields = {}) => {
    if (RANK[at] < RANK[level]) return;
    write(JSON.stringify({ time: new Date().toISOString(), level: at, msg: message, ...fields }), RANK[at] >= RANK.error);
  };
  return {
    debug: (m, f) => emit('debug', m, f),
    info: (m, f) => emit('info', m, f),
    warn: (m, f) => emit('warn', m, f),
    error: (m, f) => emit('error', m, f),
  };
}

function defaultWrite(line: string, isError: boolean) {
  (isError ? process.stderr : process.stdout).write(line + '\n');
}

/**
 * Serialises an error for the log (never for a response). A failed query is logged by its SQL
 * text and its cause (driver code and message), never by its parameters, which may be user data.
 */
export function errorFields(error: unknown): LogFields {
  if (!(error instanceof Error)) return { error: String(error) };
  const query = (error as { query?: unknown }).query;
  const cause = (error as { cause?: unknown }).cause;
  if (typeof query === 'string' && cause instanceof Error) {
    const code = (cause as { code?: unknown }).code;
    return { error: { name: cause.name, message: cause.message, ...(code ? { code } : {}), query, stack: cause.stack } };
  }
  const code = (error as { code?: unknown }).code;
  return { error: { name: error.name, message: error.message, ...(code ? { code } : {}), stack: error.stack } };
}
