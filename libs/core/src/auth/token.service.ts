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
  typ?: undefined;
}

/** A refresh token says only who and which version: the access token it buys is built from the user as they are now. */
interface RefreshTokenClaims {
  sub: string;
  ver: number;
  typ: 'refresh';
}

/**
 * Issues and reads access tokens (JWT, HS256) and the web app's refresh tokens, which
 * travel only in an httpOnly cookie and are never accepted as access tokens.
 */
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
    let claims: AccessTokenClaims | RefreshTokenClaims;
    try {
      claims = this.jwt.verify<AccessTokenClaims | RefreshTokenClaims>(token);
    } catch {
      throw unauthenticated('The access token is invalid or has expired; sign in again');
    }
    if (claims.typ === 'refresh') throw unauthenticated('A refresh token is not an access token');
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

  issueRefresh(userId: string, tokenVersion: number): { refreshToken: string; expiresInSeconds: number } {
    const claims: RefreshTokenClaims = { sub: userId, ver: tokenVersion, typ: 'refresh' };
    const expiresInSeconds = this.config.jwt.refreshTtlSeconds;
    return { refreshToken: this.jwt.sign(claims, { expiresIn: expiresInSeconds }), expiresInSeconds };
  }

  verifyRefresh(token: string): { userId: string; tokenVersion: number } {
    try {
      const claims = this.jwt.verify<RefreshTokenClaims>(token);
      if (claims.typ === 'refresh') return { userId: claims.sub, tokenVersion: claims.ver };
    } catch {
      // fall through: expired, forged or not a refresh token
    }
    throw unauthenticated('The session has ended; sign in again');
  }
}
