import { ArgumentsHost, Catch, ExceptionFilter } from '@nestjs/common';
import { ApiErrorCode, DomainError } from './domain.error';

const HTTP_STATUS: Record<ApiErrorCode, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  BAD_USER_INPUT: 400,
  NOT_FOUND: 404,
  CONFLICT: 409,
  TOO_MANY_REQUESTS: 429,
  SERVICE_UNAVAILABLE: 503,
  INTERNAL: 500,
};

/**
 * Domain errors are expected outcomes, not crashes: hand them to Apollo's
 * formatter untouched (without Nest logging them as unhandled), and answer
 * plain HTTP routes with the matching status.
 */
@Catch(DomainError)
export class DomainErrorFilter implements ExceptionFilter {
  catch(error: DomainError, host: ArgumentsHost): unknown {
    if (host.getType<string>() === 'graphql') return error;
    const res = host.switchToHttp().getResponse<{ status(code: number): { json(body: unknown): void } }>();
    res.status(HTTP_STATUS[error.apiCode]).json({ code: error.apiCode, reason: error.reason, message: error.message, field: error.field });
    return undefined;
  }
}
