import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { AppConfig } from '../config/config';
import { InjectConfig } from '../config/config.module';
import { unauthenticated } from '../errors/common.errors';
import { Actor } from './actor';
import { OrganizationType, Role } from './roles';

interface AccessTokenClaims {
  sub: string;
  email: string;
  roles: Role[];
  org: string;
  orgType: OrganizationType;
  region: string;
  /** The user's token version when issued; a newer one (sign-out, deactivation, role change) ends the token. */
  ver: number;
}

/** Issues and reads access tokens (JWT, HS256). */
@Injectable()
export class TokenService {
  constructor(
    private readonly jwt: JwtService,
    @InjectConfig() private readonly config: AppConfig,
  ) {}

  issue(actor: Actor, tokenVersion: number): { accessToken: string; expiresInSeconds: number } {
    const claims: AccessTokenClaims = {
      sub: actor.userId,
      email: actor.email,
      roles: actor.roles,
      org: actor.organizationId,
      orgType: actor.organizationType,
      region: actor.regionPath,
      ver: tokenVersion,
    };
    const expiresInSeconds = this.config.jwt.ttlSeconds;
    return { accessToken: this.jwt.sign(claims, { expiresIn: expiresInSeconds }), expiresInSeconds };
  }

  verify(token: string): { actor: Actor; tokenVersion: number } {
    let claims: AccessTokenClaims;
    try {
      claims = this.jwt.verify<AccessTokenClaims>(token);
    } catch {
      throw unauthenticated('The access token is invalid or has expired; sign in again');
    }
    const actor: Actor = {
      userId: claims.sub,
      email: claims.email,
      roles: claims.roles,
      organizationId: claims.org,
      organizationType: claims.orgType,
      regionPath: claims.region,
    };
    return { actor, tokenVersion: typeof claims.ver === 'number' ? claims.ver : -1 };
  }
}
