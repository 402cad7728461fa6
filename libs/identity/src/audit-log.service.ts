import { Injectable } from '@nestjs/common';
import { Actor, AuditLog, badInput, ConnectionArgs, ConnectionShape, forbidden, isPlatformAdmin, paginate, Role } from '@zhirong/core';
import { DataSource, In } from 'typeorm';
import { AuditLogFilter } from './dto/audit.inputs';
import { Organization } from './entities/organization.entity';
import { User } from './entities/user.entity';

export interface AuditNames {
  actorName: string | null;
  actorOrganizationName: string | null;
}

/**
 * Reading the audit trail: the platform reads all of it, an organisation's administrator
 * (ORG_ADMIN) what its own organisation's users changed. Newest first.
 */
@Injectable()
export class AuditLogService {
  constructor(private readonly dataSource: DataSource) {}

  async list(actor: Actor, args: ConnectionArgs, filter: AuditLogFilter = {}): Promise<ConnectionShape<AuditLog>> {
    const qb = this.dataSource.getRepository(AuditLog).createQueryBuilder('al');
    if (!isPlatformAdmin(actor)) {
      if (!actor.roles.includes(Role.ORG_ADMIN)) throw forbidden('The audit trail is read by the platform and by each organisation’s administrator');
      if (filter.actorOrganizationId && filter.actorOrganizationId !== actor.organizationId) {
        throw forbidden('An organisation’s administrator reads its own organisation’s changes only');
      }
      qb.andWhere('al.actor_organization_id = :scopeOrg', { scopeOrg: actor.organizationId });
    }
    if (filter.from && filter.to && filter.from >= filter.to) throw badInput('filter.to', 'must be after filter.from');
    if (filter.entityType) qb.andWhere('al.entity_type = :fType', { fType: filter.entityType });
    if (filter.entityId) qb.andWhere('al.entity_id = :fId', { fId: filter.entityId });
    if (filter.action) qb.andWhere('al.action = :fAction', { fAction: filter.action });
    if (filter.actorUserId) qb.andWhere('al.actor_user_id = :fUser', { fUser: filter.actorUserId });
    if (filter.actorOrganizationId) qb.andWhere('al.actor_organization_id = :fOrg', { fOrg: filter.actorOrganizationId });
    if (filter.from) qb.andWhere('al.created_at >= :fFrom', { fFrom: filter.from });
    if (filter.to) qb.andWhere('al.created_at < :fTo', { fTo: filter.to });
    return paginate(qb, args, { column: 'al.created_at', direction: 'DESC', key: (e) => e.createdAt });
  }

  /** Display names of a page's actors and their organisations, in two queries. */
  async namesOf(entries: readonly AuditLog[]): Promise<AuditNames[]> {
    const userIds = [...new Set(entries.map((e) => e.actorUserId).filter((id): id is string => id !== null))];
    const orgIds = [...new Set(entries.map((e) => e.actorOrganizationId).filter((id): id is string => id !== null))];
    const [users, orgs] = await Promise.all([
      userIds.length ? this.dataSource.getRepository(User).find({ where: { id: In(userIds) }, select: { id: true, displayName: true } }) : [],
      orgIds.length ? this.dataSource.getRepository(Organization).find({ where: { id: In(orgIds) }, select: { id: true, name: true } }) : [],
    ]);
    const userName = new Map(users.map((u) => [u.id, u.displayName]));
    const orgName = new Map(orgs.map((o) => [o.id, o.name]));
    return entries.map((e) => ({
      actorName: e.actorUserId ? (userName.get(e.actorUserId) ?? null) : null,
      actorOrganizationName: e.actorOrganizationId ? (orgName.get(e.actorOrganizationId) ?? null) : null,
    }));
  }
}
