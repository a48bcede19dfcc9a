import { DriverException, NotFoundError as OrmNotFoundError } from '@mikro-orm/core';
import type { GraphQLFormattedError } from 'graphql';
import { GraphQLError } from 'graphql';
import { createLogger } from '../platform/logger';

export type ErrorCode = 'BAD_USER_INPUT' | 'NOT_FOUND' | 'FORBIDDEN' | 'CONFLICT' | 'UNAUTHENTICATED' | 'SUBGRAPH_UNAVAILABLE' | 'CHANNEL_LOST';

/** An error meant for the caller: its message says what to change, its code says what kind it is. */
export class AppError extends GraphQLError {
  constructor(code: ErrorCode, message: string, details: Record<string, unknown> = {}) {
    super(message, { extensions: { code, ...details } });
  }
}

export class BadUserInputError extends AppError {
  constructor(field: string, message: string) {
    super('BAD_USER_INPUT', `${field}: ${message}`, { field });
  }
}

export class NotFoundError extends AppError {
  constructor(entity: string, id: string, field?: string) {
    super('NOT_FOUND', `${field ? `${field}: ` : ''}no ${entity} with id "${id}"`, { field, entity, id });
  }
}

export class ConflictError extends AppError {
  constructor(field: string, message: string) {
    super('CONFLICT', `${field}: ${message}`, { field });
  }
}

export class ForbiddenError extends AppError {
  constructor(message = 'you are not allowed to do this') {
    super('FORBIDDEN', message);
  }
}

export class UnauthenticatedError extends AppError {
  constructor(message: string) {
    super('UNAUTHENTICATED', message, { http: { status: 401 } });
  }
}

/** Another subgraph this one needed is down, too slow or not configured; the request may succeed later. */
export class SubgraphUnavailableError extends AppError {
  constructor(subgraph: string, reason: string) {
    super('SUBGRAPH_UNAVAILABLE', `the ${subgraph} subgraph is unavailable: ${reason}; try again later`, { subgraph });
  }
}

const log = createLogger('errors');

/** What a violated database constraint means to the caller: the argument to change, and how. */
export interface ConstraintMeaning {
  field: string;
  message: string;
}

/**
 * Constraint name → meaning, declared by each subgraph beside its entities. A rule checked before
 * writing gives the best message in the common case; its constraint answers the same way when a
 * concurrent write slipped past the check.
 */
export type ConstraintMeanings = Readonly<Record<string, ConstraintMeaning>>;

/** SQLSTATEs of a row clashing with another: unique_violation and exclusion_violation. */
const CLASHES = new Set(['23505', '23P01']);

function conflictOf(error: unknown, constraints: ConstraintMeanings): AppError | null {
  if (!(error instanceof DriverException) || !CLASHES.has(String(error.code))) return null;
  const meaning = constraints[(error as DriverException & { constraint?: string }).constraint ?? ''];
  return meaning ? new ConflictError(meaning.field, meaning.message) : new AppError('CONFLICT', 'this record clashes with one that already exists');
}

/**
 * Maps every error to what a client may see: coded errors pass through, a violated constraint becomes
 * the CONFLICT its subgraph declared for it, ORM lookups become NOT_FOUND, and nothing else leaks SQL
 * or stacks.
 */
export function createErrorFormatter(constraints: ConstraintMeanings = {}) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
    const coded = original instanceof AppError ? original : conflictOf(original, constraints);
    if (coded) return { ...formatted, message: coded.message, extensions: { ...coded.extensions } };
    if (original instanceof OrmNotFoundError) {
      return { ...formatted, message: original.message, extensions: { code: 'NOT_FOUND' } };
    }
    const code = formatted.extensions?.code;
    if (typeof code === 'string' && code !== 'INTERNAL_SERVER_ERROR') return formatted;
    log.error('unexpected error', { message: formatted.message, path: formatted.path, stack: (original as Error)?.stack });
    return { message: 'Internal server error', path: formatted.path, locations: formatted.locations, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
  };
}
