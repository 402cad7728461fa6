import { ExecutionContext, Injectable } from '@nestjs/common';
import { GqlContextType, GqlExecutionContext } from '@nestjs/graphql';
import { ThrottlerGuard, ThrottlerLimitDetail, ThrottlerModuleOptions } from '@nestjs/throttler';
import { ThrottlerStorageRecord } from '@nestjs/throttler/dist/throttler-storage-record.interface';
import { ThrottlerStorageRedisService } from '@nest-lab/throttler-storage-redis';
import IORedis from 'ioredis';
import { Actor } from '../auth/actor';
import { AppConfig } from '../config/config';
import { tooManyRequests } from '../errors/common.errors';
import { warnRedisDown } from './abuse-redis';

type Req = { actor?: Actor; ip?: string; headers?: Record<string, unknown> };

function requestOf(context: ExecutionContext): Req {
  return context.getType<GqlContextType>() === 'graphql' ? GqlExecutionContext.create(context).getContext<{ req: Req }>().req : context.switchToHttp().getRequest<Req>();
}

const signedIn = (context: ExecutionContext) => Boolean(requestOf(context).actor);

/**
 * Counts in Redis (the abuse connection, which AbuseModule closes), so every API process shares one limit. While Redis is away it lets
 * requests through (as the login counters do): an outage must not take the API down.
 */
class FailOpenRedisStorage extends ThrottlerStorageRedisService {
  override async increment(key: string, ttl: number, limit: number, blockDuration: number, throttlerName: string): Promise<ThrottlerStorageRecord> {
    try {
      return await super.increment(key, ttl, limit, blockDuration, throttlerName);
    } catch (error) {
      warnRedisDown(error);
      return { totalHits: 0, timeToExpire: 0, isBlocked: false, timeToBlockExpire: 0 };
    }
  }
}

/**
 * Two limits per window: signed-out callers by address, signed-in ones by account (an
 * office behind one NAT does not share one budget). One key per caller, not per
 * resolver, so every root field of every operation counts against the same budget.
 */
export function throttlerOptions(config: AppConfig, redis: IORedis): ThrottlerModuleOptions {
  const ttl = config.throttle.windowSeconds * 1000;
  const key = (name: string, tracker: string) => `${config.redis.prefix}:throttle:${name}:${tracker}`;
  return {
    throttlers: [
      { name: 'address', ttl, limit: config.throttle.anonymousLimit, skipIf: signedIn, getTracker: (req: Req) => req.ip ?? 'unknown' },
      { name: 'account', ttl, limit: config.throttle.accountLimit, skipIf: (c) => !signedIn(c), getTracker: (req: Req) => req.actor!.userId },
    ],
    generateKey: (_context, tracker, name) => key(name, tracker),
    storage: new FailOpenRedisStorage(redis),
  };
}

/** The throttler for GraphQL operations; health checks and other HTTP routes are not counted. */
@Injectable()
export class RequestThrottleGuard extends ThrottlerGuard {
  protected override async shouldSkip(context: ExecutionContext): Promise<boolean> {
    return context.getType<GqlContextType>() !== 'graphql';
  }

  protected override getRequestResponse(context: ExecutionContext): { req: Record<string, any>; res: Record<string, any> } {
    const gql = GqlExecutionContext.create(context).getContext<{ req: Record<string, any>; res?: Record<string, any> }>();
    // setHeaders writes Retry-After and X-RateLimit-* on the HTTP response when there is one.
    return { req: gql.req, res: gql.res ?? gql.req.res ?? { header: () => undefined } };
  }

  protected override async throwThrottlingException(_context: ExecutionContext, detail: ThrottlerLimitDetail): Promise<void> {
    const wait = Math.max(1, detail.isBlocked ? detail.timeToBlockExpire : detail.timeToExpire);
    throw tooManyRequests(`Too many requests; try again in ${wait} s`, wait);
  }
}
