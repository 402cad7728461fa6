import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { Params } from 'nestjs-pino';
import { AppConfig } from '../config/config';
import { RequestContext } from '../context/request-context';

const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

/**
 * Express middleware: takes the caller's `x-request-id` when it looks sane, else a
 * new UUID, echoes it back, and opens the request context the audit log reads.
 */
export function requestIdMiddleware(req: IncomingMessage & { id?: string }, res: ServerResponse, next: () => void): void {
  const header = req.headers['x-request-id'];
  const given = Array.isArray(header) ? header[0] : header;
  const id = given && REQUEST_ID.test(given) ? given : randomUUID();
  req.id = id;
  res.setHeader('x-request-id', id);
  RequestContext.run({ requestId: id }, next);
}

/** Structured JSON logs with the request id on every line; pretty in a development terminal. */
export function loggerParams(config: AppConfig): Params {
  const pretty = config.isDevelopment && process.stdout.isTTY;
  return {
    pinoHttp: {
      level: config.logLevel,
      genReqId: (req: IncomingMessage) => String((req as { id?: string }).id ?? randomUUID()),
      redact: ['req.headers.authorization', 'req.headers.cookie'],
      autoLogging: { ignore: (req: IncomingMessage) => req.url === '/health' },
      ...(pretty ? { transport: { target: 'pino-pretty', options: { singleLine: true } } } : {}),
    },
  };
}
