import { JwtService } from '@nestjs/jwt';
import { loadConfig } from '../config/config';
import { Actor } from './actor';
import { OrganizationType, Role } from './roles';
import { TokenService } from './token.service';

describe('TokenService', () => {
  const config = loadConfig({ NODE_ENV: 'test', JWT_SECRET: 's'.repeat(40) });
  const tokens = new TokenService(new JwtService({ secret: config.jwt.secret }), config);
  const actor: Actor = {
    userId: '6f1c1a8e-0000-4000-8000-000000000001',
    email: 'bank@zhirong.test',
    roles: [Role.BANK_OFFICER],
    organizationId: 'org',
    organizationType: OrganizationType.BANK,
    regionPath: '310000',
  };

  it('round-trips the actor and its token version', () => {
    const { accessToken } = tokens.issue(actor, 3);
    expect(tokens.verify(accessToken)).toEqual({ actor, tokenVersion: 3 });
  });

  it('rejects a token signed with another secret as UNAUTHENTICATED', () => {
    const other = new TokenService(new JwtService({ secret: 'x'.repeat(40) }), config);
    const { accessToken } = other.issue(actor, 0);
    expect(() => tokens.verify(accessToken)).toThrow(expect.objectContaining({ apiCode: 'UNAUTHENTICATED' }));
  });

  it('rejects an expired token', () => {
    const jwt = new JwtService({ secret: config.jwt.secret });
    const expired = jwt.sign({ sub: actor.userId, exp: Math.floor(Date.now() / 1000) - 10 });
    expect(() => tokens.verify(expired)).toThrow(expect.objectContaining({ apiCode: 'UNAUTHENTICATED' }));
  });
});
