import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import {
  Access,
  Actor,
  AppConfig,
  AuditService,
  badInput,
  FailureLimiter,
  InjectConfig,
  notFound,
  OrganizationType,
  Role,
  TokenService,
  TokenVersions,
  tooManyRequests,
  unauthenticated,
} from '@zhirong/core';
import { AccessService, Permission } from '@zhirong/access';
import * as argon2 from 'argon2';
import { DataSource, Repository } from 'typeorm';
import { CreateOrganizationInput, CreateUserInput, UpdateUserInput } from './dto/identity.inputs';
import { Organization } from './entities/organization.entity';
import { Region } from './entities/region.entity';
import { User } from './entities/user.entity';
import { IdentityError, IdentityErrorCode } from './identity.errors';
import { normalizeEmail, rolesAllowedFor } from './identity.rules';

export type UserWithOrganization = User & { organization: Organization & { region: Region } };

/** Compared against when the e-mail is unknown, so timing does not reveal which accounts exist. */
const DUMMY_HASH = '$argon2id$v=19$m=65536,p=4,t=3$6Fl5MHJWaSdij8dvPAKYYA$mESvyCp1iJCj24EDYK66jovmuNyomv0FzaAKvgY2xA0';

export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, { type: argon2.argon2id });
}

/** A signed-in session: the access token for requests, the refresh token for the web app's cookie. */
export interface SignedIn {
  accessToken: string;
  expiresInSeconds: number;
  refreshToken: string;
  refreshExpiresInSeconds: number;
  user: UserWithOrganization;
}

@Injectable()
export class IdentityService {
  constructor(
    @InjectRepository(User) private readonly users: Repository<User>,
    @InjectRepository(Organization) private readonly organizations: Repository<Organization>,
    private readonly dataSource: DataSource,
    private readonly tokens: TokenService,
    private readonly audit: AuditService,
    private readonly access: AccessService,
    private readonly failures: FailureLimiter,
    private readonly versions: TokenVersions,
    @InjectConfig() private readonly config: AppConfig,
  ) {}

  /**
   * Signs in. After LOGIN_MAX_FAILURES wrong attempts on an account (or many from one
   * address) sign-in is locked for LOGIN_LOCK_SECONDS, even with the right password:
   * TOO_MANY_REQUESTS with retryAfterSeconds. Every failure is audited.
   */
  async login(email: string, password: string, ip?: string): Promise<SignedIn> {
    const normalized = normalizeEmail(email);
    const { maxFailures, maxFailuresPerIp, lockSeconds } = this.config.login;
    const counters = [{ key: `login:account:${normalized}`, max: maxFailures }, ...(ip ? [{ key: `login:ip:${ip}`, max: maxFailuresPerIp }] : [])];
    const wait = await this.failures.lockedForSeconds(counters);
    if (wait > 0) {
      await this.recordFailedLogin(normalized, 'LOCKED', ip);
      throw tooManyRequests(`Too many failed sign-ins; try again in ${Math.ceil(wait / 60)} min`, wait);
    }
    const user = await this.findUser({ email: normalized });
    const valid = await argon2.verify(user?.passwordHash ?? DUMMY_HASH, password).catch(() => false);
    if (!user || !valid) {
      await this.failures.fail(
        counters.map((c) => c.key),
        lockSeconds,
      );
      await this.recordFailedLogin(normalized, user ? 'WRONG_PASSWORD' : 'UNKNOWN_EMAIL', ip, user?.id);
      throw new IdentityError(IdentityErrorCode.INVALID_CREDENTIALS, 'E-mail or password is wrong');
    }
    if (!user.active) {
      await this.recordFailedLogin(normalized, 'DISABLED', ip, user.id);
      throw new IdentityError(IdentityErrorCode.USER_DISABLED, 'This account is disabled');
    }
    await this.failures.reset(counters[0].key);

    const actor = this.actorOf(user);
    await this.dataSource.transaction(async (manager) => {
      await manager.update(User, { id: user.id }, { lastLoginAt: new Date() });
      await this.audit.record(manager, { action: 'login', entityType: 'User', entityId: user.id, actor });
    });
    return this.signedIn(user);
  }

  private signedIn(user: UserWithOrganization): SignedIn {
    const { refreshToken, expiresInSeconds: refreshExpiresInSeconds } = this.tokens.issueRefresh(user.id, user.tokenVersion);
    return { ...this.tokens.issue(this.actorOf(user), user.tokenVersion), refreshToken, refreshExpiresInSeconds, user };
  }

  /**
   * A new access token (and a new refresh token) for the web app's refresh cookie, while the
   * user is active and has not signed out, been disabled or re-roled since it was issued.
   */
  async refresh(refreshToken: string): Promise<SignedIn> {
    const { userId, tokenVersion } = this.tokens.verifyRefresh(refreshToken);
    const user = await this.findUser({ id: userId });
    if (!user || !user.active || user.tokenVersion !== tokenVersion) throw unauthenticated('The session has ended; sign in again');
    return this.signedIn(user);
  }

  private async recordFailedLogin(email: string, reason: string, ip: string | undefined, userId?: string): Promise<void> {
    await this.dataSource.transaction((manager) =>
      this.audit.record(manager, { action: 'loginFailed', entityType: 'User', entityId: userId ?? null, actor: null, after: { email, reason, ip: ip ?? null } }),
    );
  }

  async me(actor: Actor): Promise<UserWithOrganization> {
    const user = await this.findUser({ id: actor.userId });
    if (!user || !user.active) throw new IdentityError(IdentityErrorCode.USER_DISABLED, 'This account no longer exists or is disabled');
    return user;
  }

  actorOf(user: UserWithOrganization): Actor {
    return {
      userId: user.id,
      email: user.email,
      roles: user.roles,
      organizationId: user.organizationId,
      organizationType: user.organization.type,
      regionPath: user.organization.region.path,
    };
  }

  /** Institutions are a directory for signed-in users; a firm's organisation needs sight of the firm. */
  async organization(actor: Actor, id: string): Promise<Organization & { region: Region }> {
    const org = await this.organizations.findOne({ where: { id }, relations: { region: true } });
    if (!org) throw notFound('Organization', id);
    await this.access.require(actor, Permission.ORGANIZATION_READ, id);
    return org as Organization & { region: Region };
  }

  /**
   * 机构名录: the institutions of one type by name (a bank naming the guarantor or insurer of a
   * loan). Firms are not a directory: their organisations are seen through the firm.
   */
  async institutions(actor: Actor, type: OrganizationType): Promise<(Organization & { region: Region })[]> {
    if (type === OrganizationType.ENTERPRISE) throw badInput('type', 'Firms are not listed: read a firm through enterprises');
    const orgs = await this.organizations.find({ where: { type }, relations: { region: true }, order: { name: 'ASC' }, take: 200 });
    const ok = await this.access.allowed(
      actor,
      Permission.ORGANIZATION_READ,
      orgs.map((o) => o.id),
    );
    return orgs.filter((o) => ok.has(o.id)) as (Organization & { region: Region })[];
  }

  /** An office registers organisations within its region; the platform anywhere. */
  async createOrganization(actor: Actor, input: CreateOrganizationInput): Promise<Organization & { region: Region }> {
    Access.requireRole(actor, Role.GOV_OFFICER);
    if (input.type === OrganizationType.PLATFORM) Access.requireRole(actor, Role.PLATFORM_ADMIN);
    return this.dataSource.transaction(async (manager) => {
      const region = await manager.findOneBy(Region, { id: input.regionId });
      if (!region) throw badInput('input.regionId', `Region ${input.regionId} does not exist`);
      Access.requireRegion(actor, region.path);
      const org = await manager.save(manager.create(Organization, { name: input.name.trim(), type: input.type, regionId: region.id }));
      await this.audit.record(manager, { action: 'createOrganization', entityType: 'Organization', entityId: org.id, after: org });
      return Object.assign(org, { region });
    });
  }

  /** The platform adds users anywhere; an organisation's ORG_ADMIN adds users to it. */
  async createUser(actor: Actor, input: CreateUserInput): Promise<UserWithOrganization> {
    Access.requireRole(actor, Role.ORG_ADMIN);
    const email = normalizeEmail(input.email);
    const passwordHash = await hashPassword(input.password);
    return this.dataSource.transaction(async (manager) => {
      const org = await manager.findOne(Organization, { where: { id: input.organizationId }, relations: { region: true } });
      if (!org) throw badInput('input.organizationId', `Organization ${input.organizationId} does not exist`);
      Access.requireOwnOrganization(actor, org.id);
      const allowed = rolesAllowedFor(org.type);
      const wrong = input.roles.filter((r) => !allowed.includes(r));
      if (wrong.length) {
        throw new IdentityError(IdentityErrorCode.ROLE_NOT_ALLOWED, `A ${org.type} user cannot hold ${wrong.join(', ')}`, {
          field: 'input.roles',
        });
      }
      if (await manager.existsBy(User, { email })) {
        throw new IdentityError(IdentityErrorCode.EMAIL_TAKEN, `${email} already has an account`, { field: 'input.email' });
      }
      const user = await manager.save(
        manager.create(User, { email, passwordHash, displayName: input.displayName.trim(), roles: [...new Set(input.roles)], organizationId: org.id }),
      );
      await this.audit.record(manager, { action: 'createUser', entityType: 'User', entityId: user.id, after: user });
      return Object.assign(user, { organization: org as Organization & { region: Region } });
    });
  }

  /** Ends every session of the signed-in user, on every device. */
  async signOut(actor: Actor): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await manager.increment(User, { id: actor.userId }, 'tokenVersion', 1);
      await this.audit.record(manager, { action: 'signOut', entityType: 'User', entityId: actor.userId });
    });
    this.versions.forget(actor.userId);
  }

  /**
   * Renames, re-roles, disables or re-enables a user. A change of roles or of the active flag
   * raises the token version, so tokens issued before it stop working (other processes
   * within TOKEN_VERSION_CACHE_SECONDS).
   */
  async updateUser(actor: Actor, id: string, input: UpdateUserInput): Promise<UserWithOrganization> {
    Access.requireRole(actor, Role.ORG_ADMIN);
    const saved = await this.dataSource.transaction(async (manager) => {
      const user = await manager.findOne(User, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!user) throw notFound('User', id);
      Access.requireOwnOrganization(actor, user.organizationId);
      user.organization = (await manager.findOneOrFail(Organization, { where: { id: user.organizationId }, relations: { region: true } })) as Organization & { region: Region };
      const before = { ...user };
      if (input.roles !== undefined) {
        const allowed = rolesAllowedFor(user.organization!.type);
        const wrong = input.roles.filter((r) => !allowed.includes(r));
        if (wrong.length)
          throw new IdentityError(IdentityErrorCode.ROLE_NOT_ALLOWED, `A ${user.organization!.type} user cannot hold ${wrong.join(', ')}`, { field: 'input.roles' });
      }
      if (id === actor.userId && (input.active === false || (input.roles && !input.roles.includes(Role.ORG_ADMIN) && user.roles.includes(Role.ORG_ADMIN)))) {
        throw new IdentityError(IdentityErrorCode.SELF_LOCKOUT, 'You cannot disable yourself or drop your own administrator role; ask another administrator', {
          field: input.active === false ? 'input.active' : 'input.roles',
        });
      }
      const roles = input.roles ? [...new Set(input.roles)] : user.roles;
      const rolesChanged = roles.length !== user.roles.length || roles.some((r) => !user.roles.includes(r));
      const activeChanged = input.active !== undefined && input.active !== user.active;
      if (input.displayName !== undefined) user.displayName = input.displayName.trim();
      user.roles = roles;
      if (input.active !== undefined) user.active = input.active;
      if (rolesChanged || activeChanged) user.tokenVersion += 1;
      const { organization, ...columns } = user;
      const result = Object.assign(await manager.save(User, columns), { organization });
      await this.audit.record(manager, { action: 'updateUser', entityType: 'User', entityId: id, before, after: columns });
      return result as UserWithOrganization;
    });
    this.versions.forget(id);
    return saved;
  }

  private async findUser(where: { id?: string; email?: string }): Promise<UserWithOrganization | null> {
    const user = await this.users.findOne({ where, relations: { organization: { region: true } } });
    return user as UserWithOrganization | null;
  }
}
