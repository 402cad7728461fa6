import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Actor, ConnectionArgs, CurrentActor, OrganizationType, pageComplexity, Public, unauthenticated } from '@zhirong/core';
import type { Request, Response } from 'express';
import { AuditLogService } from './audit-log.service';
import { AuditLogFilter } from './dto/audit.inputs';
import { AuditEntryConnection, AuditEntryObject } from './dto/audit.objects';
import { CreateOrganizationInput, CreateRegionInput, CreateUserInput, UpdateUserInput, LoginInput } from './dto/identity.inputs';
import { LoginPayload, OrganizationObject, RegionObject, UserObject } from './dto/identity.objects';
import { IdentityService } from './identity.service';
import { RegionService } from './region.service';
import { clearSessionCookie, readSessionCookie, setSessionCookie } from './session-cookie';

@Resolver()
export class IdentityResolver {
  constructor(
    private readonly identity: IdentityService,
    private readonly regionService: RegionService,
    private readonly audit: AuditLogService,
  ) {}

  @Query(() => AuditEntryConnection, {
    description: '审计记录 — who changed what and when, newest first: the platform all of it, an organisation’s administrator its own organisation’s changes',
    complexity: pageComplexity,
  })
  async auditLog(
    @CurrentActor() actor: Actor,
    @Args() args: ConnectionArgs,
    @Args('filter', { type: () => AuditLogFilter, nullable: true, description: '筛选 — conditions, all of which must hold' }) filter?: AuditLogFilter,
  ): Promise<AuditEntryConnection> {
    const page = await this.audit.list(actor, args, filter ?? {});
    const names = await this.audit.namesOf(page.edges.map((e) => e.node));
    return { ...page, edges: page.edges.map((edge, i) => ({ cursor: edge.cursor, node: AuditEntryObject.from(edge.node, names[i]) })) };
  }

  @Public()
  @Mutation(() => LoginPayload, {
    description: '登录 — sign in; returns a bearer token, and sets the httpOnly session cookie with which the web app renews it (refreshSession) after a reload',
  })
  async login(
    @Args('input', { description: '登录信息 — email and password' }) input: LoginInput,
    @Context('req') req: Request,
    @Context('res') res: Response,
  ): Promise<LoginPayload> {
    const session = await this.identity.login(input.email, input.password, req?.ip);
    setSessionCookie(req, res, session.refreshToken, session.refreshExpiresInSeconds);
    return { accessToken: session.accessToken, expiresInSeconds: session.expiresInSeconds, user: UserObject.from(session.user) };
  }

  @Public()
  @Mutation(() => LoginPayload, {
    description:
      '续期会话 — a new bearer token from the httpOnly session cookie login set (the web app keeps its token in memory and calls this after a reload); UNAUTHENTICATED once the user signed out, was disabled or re-roled, or the cookie expired',
  })
  async refreshSession(@Context('req') req: Request, @Context('res') res: Response): Promise<LoginPayload> {
    const token = readSessionCookie(req);
    if (!token) throw unauthenticated('No session to renew; sign in');
    const session = await this.identity.refresh(token).catch((e: unknown) => {
      clearSessionCookie(req, res);
      throw e;
    });
    setSessionCookie(req, res, session.refreshToken, session.refreshExpiresInSeconds);
    return { accessToken: session.accessToken, expiresInSeconds: session.expiresInSeconds, user: UserObject.from(session.user) };
  }

  @Query(() => UserObject, { description: '当前用户 — who you are signed in as' })
  async me(@CurrentActor() actor: Actor): Promise<UserObject> {
    return UserObject.from(await this.identity.me(actor));
  }

  @Query(() => OrganizationObject, { description: '机构 — one organisation' })
  async organization(@CurrentActor() actor: Actor, @Args('id', { type: () => ID, description: '机构 id — the organisation to read' }) id: string): Promise<OrganizationObject> {
    return OrganizationObject.from(await this.identity.organization(actor, id));
  }

  @Query(() => [OrganizationObject], { description: '机构名录 — the institutions of one type (banks, guarantors, insurers, valuers …) by name, at most 200; not firms' })
  async institutions(
    @CurrentActor() actor: Actor,
    @Args('type', { type: () => OrganizationType, description: '机构类型 — any type but ENTERPRISE' }) type: OrganizationType,
  ): Promise<OrganizationObject[]> {
    return (await this.identity.institutions(actor, type)).map(OrganizationObject.from);
  }

  @Public()
  @Query(() => [RegionObject], { description: '地区 — children of a region, or the provinces without parentId' })
  async regions(
    @Args('parentId', { type: () => ID, nullable: true, description: '上级地区 — the region whose children to list; the provinces when left out' }) parentId?: string,
  ): Promise<RegionObject[]> {
    if (parentId) await this.regionService.get(parentId);
    return (await this.regionService.children(parentId)).map(RegionObject.from);
  }

  @Mutation(() => RegionObject, { description: '新增地区 — add a region: the platform anywhere, an office below its own' })
  async createRegion(@CurrentActor() actor: Actor, @Args('input', { description: '新地区 — the region to add' }) input: CreateRegionInput): Promise<RegionObject> {
    return RegionObject.from(await this.regionService.create(actor, input));
  }

  @Mutation(() => OrganizationObject, { description: '新增机构 — register an organisation: the platform anywhere, an office within its region' })
  async createOrganization(
    @CurrentActor() actor: Actor,
    @Args('input', { description: '新机构 — the organisation to add' }) input: CreateOrganizationInput,
  ): Promise<OrganizationObject> {
    return OrganizationObject.from(await this.identity.createOrganization(actor, input));
  }

  @Mutation(() => UserObject, { description: '新增用户 — add a user: the platform anywhere, an organisation administrator to their own' })
  async createUser(@CurrentActor() actor: Actor, @Args('input', { description: '新用户 — the user to add' }) input: CreateUserInput): Promise<UserObject> {
    return UserObject.from(await this.identity.createUser(actor, input));
  }

  @Mutation(() => UserObject, {
    description:
      '修改用户 — rename, re-role, disable or enable a user: the platform anywhere, an organisation administrator in their own; changing roles or disabling ends the user’s sessions',
  })
  async updateUser(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID, description: 'User id' }) id: string,
    @Args('input', { description: '修改内容 — the fields to change' }) input: UpdateUserInput,
  ): Promise<UserObject> {
    return UserObject.from(await this.identity.updateUser(actor, id, input));
  }

  @Mutation(() => Boolean, { description: '退出登录 — sign out everywhere: every token issued to you so far stops working' })
  async signOut(@CurrentActor() actor: Actor, @Context('req') req: Request, @Context('res') res: Response): Promise<boolean> {
    await this.identity.signOut(actor);
    clearSessionCookie(req, res);
    return true;
  }
}
