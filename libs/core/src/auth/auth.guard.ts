import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { RequestContext } from '../context/request-context';
import { unauthenticated } from '../errors/common.errors';
import { Access } from './access';
import { PUBLIC_KEY, requestOf, ROLES_KEY } from './decorators';
import { Role } from './roles';
import { TokenService } from './token.service';
import { TokenVersions } from './token-versions.service';

/**
 * Runs before every resolver and controller: reads the bearer token, then applies
 * the resolver's rule (@Public, signed in by default, @Roles). Rules that depend on
 * the resource (own organisation, region subtree) are applied by services via Access.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: TokenService,
    private readonly versions: TokenVersions,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    const isPublic = this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets) ?? false;
    const roles = this.reflector.getAllAndOverride<Role[]>(ROLES_KEY, targets) ?? [];
    const req = requestOf(context);

    const header = req.headers['authorization'];
    const value = Array.isArray(header) ? header[0] : header;
    if (value) {
      const match = /^Bearer\s+(\S+)$/i.exec(value);
      // A bad token is rejected even on public resolvers, so a client learns its session ended.
      if (!match) throw unauthenticated('The Authorization header must be "Bearer <accessToken>"');
      const { actor, tokenVersion } = this.tokens.verify(match[1]);
      const state = await this.versions.current(actor.userId);
      if (!state || !state.active || state.version !== tokenVersion) {
        throw unauthenticated('This session has ended (signed out, account disabled or roles changed); sign in again');
      }
      req.actor = actor;
      RequestContext.setActor(req.actor);
    }

    if (isPublic) return true;
    if (!req.actor) throw unauthenticated();
    if (roles.length) Access.requireRole(req.actor, ...roles);
    return true;
  }
}
