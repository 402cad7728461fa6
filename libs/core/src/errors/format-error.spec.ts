import { GraphQLError } from 'graphql';
import { QueryFailedError } from 'typeorm';
import { badInput, CommonError, CommonErrorCode, notFound, serviceUnavailable } from './common.errors';
import { formatGraphQLError } from './format-error';

const quiet = { includeStack: false, log: () => undefined };

function resolverError(original: Error): GraphQLError {
  return new GraphQLError(original.message, { path: ['someField'], originalError: original });
}

describe('formatGraphQLError', () => {
  it('gives a domain error its API code, reason and field', () => {
    const error = badInput('input.creditCode', 'wrong check character');
    const out = formatGraphQLError({ message: error.message }, resolverError(error), quiet);
    expect(out.extensions).toEqual({ code: 'BAD_USER_INPUT', reason: 'VALIDATION_FAILED', field: 'input.creditCode' });
  });

  it('maps NOT_FOUND and out-of-region errors', () => {
    const nf = formatGraphQLError({ message: '' }, resolverError(notFound('Enterprise', 'x')), quiet);
    expect(nf.extensions?.code).toBe('NOT_FOUND');
    const region = new CommonError(CommonErrorCode.OUT_OF_REGION, 'outside');
    expect(formatGraphQLError({ message: '' }, resolverError(region), quiet).extensions?.code).toBe('FORBIDDEN');
  });

  it('answers SERVICE_UNAVAILABLE with its own message and a retry hint', () => {
    const out = formatGraphQLError({ message: 'Request to http://10.0.0.7:7700/indexes has failed' }, resolverError(serviceUnavailable('Search is unavailable right now')), quiet);
    expect(out.message).toBe('Search is unavailable right now');
    expect(out.extensions).toEqual({ code: 'SERVICE_UNAVAILABLE', reason: 'SERVICE_UNAVAILABLE', retryAfterSeconds: 5 });
  });

  it('hides internal errors and their stack outside development', () => {
    const logged: unknown[] = [];
    const out = formatGraphQLError({ message: 'db password is hunter2' }, resolverError(new TypeError('boom')), {
      includeStack: false,
      log: (e) => logged.push(e),
    });
    expect(out.message).toBe('Internal server error');
    expect(out.extensions).toEqual({ code: 'INTERNAL' });
    expect(logged).toHaveLength(1);
  });

  it('shows the stack in development', () => {
    const out = formatGraphQLError({ message: 'x' }, resolverError(new TypeError('boom')), { includeStack: true, log: () => undefined });
    expect(out.extensions?.stacktrace).toBeDefined();
  });

  it('turns a unique violation into CONFLICT', () => {
    const pgError = Object.assign(new Error('duplicate key'), { code: '23505' });
    const error = new QueryFailedError('insert …', [], pgError);
    expect(formatGraphQLError({ message: '' }, resolverError(error), quiet).extensions?.code).toBe('CONFLICT');
  });

  it('names the field of a variable coercion error', () => {
    const message = 'Variable "$input" got invalid value "X" at "input.type"; Value "X" does not exist in "IpType" enum.';
    const out = formatGraphQLError({ message, extensions: { code: 'BAD_USER_INPUT' } }, new GraphQLError(message), quiet);
    expect(out.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.type' });
  });

  it('unwraps errors thrown by plugins', () => {
    const inner = new CommonError(CommonErrorCode.QUERY_TOO_COMPLEX, 'too complex');
    const out = formatGraphQLError({ message: '' }, new GraphQLError('too complex', { originalError: inner }), quiet);
    expect(out.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'QUERY_TOO_COMPLEX' });
  });
});
