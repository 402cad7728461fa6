import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, GraphQLFormattedError } from 'graphql';
import { QueryFailedError } from 'typeorm';
import { ApiErrorCode, DomainError } from './domain.error';

interface FormatOptions {
  includeStack: boolean;
  log: (error: unknown) => void;
}

/** Apollo codes that mean the client sent something malformed. */
const CLIENT_FAULT_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'BAD_REQUEST',
]);

/** Postgres SQLSTATEs that are the caller's fault rather than ours. */
const PG_CODES: Record<string, ApiErrorCode> = {
  '23505': 'CONFLICT', // unique_violation
  '23503': 'BAD_USER_INPUT', // foreign_key_violation
  '22P02': 'BAD_USER_INPUT', // invalid_text_representation (e.g. a malformed uuid)
  '22003': 'BAD_USER_INPUT', // numeric_value_out_of_range
};

/** `Variable "$input" got invalid value … at "input.type"; …` names the field. */
function fieldFromMessage(message: string): string | undefined {
  const at = /at "([^"]+)"/.exec(message);
  if (at) return at[1];
  const variable = /Variable "\$([^"]+)"/.exec(message);
  return variable?.[1];
}

/**
 * Turns whatever a resolver threw into the contract's error shape: a stable
 * `extensions.code`, the field at fault, and never a stack trace outside development.
 */
export function formatGraphQLError(formatted: GraphQLFormattedError, error: unknown, options: FormatOptions): GraphQLFormattedError {
  // Errors thrown by plugins and guards arrive wrapped in a GraphQLError without a path.
  let original = unwrapResolverError(error);
  for (let inner = original; inner instanceof GraphQLError && inner.originalError; ) {
    inner = inner.originalError;
    if (inner instanceof DomainError || inner instanceof QueryFailedError) original = inner;
  }
  const base = { message: formatted.message, locations: formatted.locations, path: formatted.path };
  const stack = options.includeStack && original instanceof Error ? { stacktrace: original.stack?.split('\n') } : {};

  if (original instanceof DomainError) {
    return {
      ...base,
      message: original.message,
      extensions: {
        code: original.apiCode,
        reason: original.reason,
        ...(original.field ? { field: original.field } : {}),
        ...(original.details ?? {}),
        ...stack,
      },
    };
  }

  if (original instanceof QueryFailedError) {
    const sqlState = (original.driverError as { code?: string } | undefined)?.code;
    const code = sqlState ? PG_CODES[sqlState] : undefined;
    if (code) {
      const message = code === 'CONFLICT' ? 'This record already exists' : 'A value in the request is not acceptable';
      return { ...base, message, extensions: { code, reason: `PG_${sqlState}`, ...stack } };
    }
  }

  const apolloCode = formatted.extensions?.code as string | undefined;
  if (apolloCode && CLIENT_FAULT_CODES.has(apolloCode)) {
    const field = fieldFromMessage(formatted.message);
    return {
      ...base,
      extensions: { code: 'BAD_USER_INPUT', reason: apolloCode, ...(field ? { field } : {}), ...stack },
    };
  }

  options.log(original);
  return {
    ...base,
    message: options.includeStack && original instanceof Error ? original.message : 'Internal server error',
    extensions: { code: 'INTERNAL', ...stack },
  };
}
