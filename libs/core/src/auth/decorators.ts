import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { unauthenticated } from '../errors/common.errors';
import { Actor } from './actor';
import { Role } from './roles';

export const PUBLIC_KEY = 'zhirong:public';
export const ROLES_KEY = 'zhirong:roles';

/** Anyone, signed in or not. Without it every resolver needs a signed-in user. */
export const Public = () => SetMetadata(PUBLIC_KEY, true);

/** Only users holding one of these roles (the platform administrator always may). */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES_KEY, roles);

export interface HttpRequestWithActor {
  headers: Record<string, string | string[] | undefined>;
  actor?: Actor;
  id?: string;
}

export function requestOf(context: ExecutionContext): HttpRequestWithActor {
  if (context.getType<string>() === 'graphql') {
    return GqlExecutionContext.create(context).getContext<{ req: HttpRequestWithActor }>().req;
  }
  return context.switchToHttp().getRequest<HttpRequestWithActor>();
}

/** The signed-in user; on a @Public() resolver it may be undefined, use OptionalActor then. */
export const CurrentActor = createParamDecorator((_: unknown, context: ExecutionContext): Actor => {
  const actor = requestOf(context).actor;
  if (!actor) throw unauthenticated();
  return actor;
});

export const OptionalActor = createParamDecorator(
  (_: unknown, context: ExecutionContext): Actor | undefined => requestOf(context).actor,
);
