import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Actor } from '../auth/actor';
import { RequestContext } from '../context/request-context';
import { AuditLog } from './audit-log.entity';

export interface AuditEntry {
  action: string;
  entityType: string;
  entityId?: string | null;
  before?: object | null;
  after?: object | null;
  /** Defaults to the signed-in user of the current request. */
  actor?: Actor | null;
}

const SECRET_KEYS = /password|secret|token/i;

/** Drops secrets and turns Dates/bigints into JSON-safe values. */
function snapshot(value: object | null | undefined): Record<string, unknown> | null {
  if (!value) return null;
  return JSON.parse(
    JSON.stringify(value, (key, v) => (SECRET_KEYS.test(key) ? undefined : typeof v === 'bigint' ? v.toString() : v)),
  ) as Record<string, unknown>;
}

@Injectable()
export class AuditService {
  /** Call inside the transaction that makes the change, so both commit or neither does. */
  async record(manager: EntityManager, entry: AuditEntry): Promise<void> {
    const context = RequestContext.current();
    const actor = entry.actor === undefined ? context?.actor : entry.actor;
    await manager.save(
      manager.create(AuditLog, {
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId ?? null,
      actorUserId: actor?.userId ?? null,
      actorOrganizationId: actor?.organizationId ?? null,
      before: snapshot(entry.before),
      after: snapshot(entry.after),
      requestId: context?.requestId ?? null,
      }),
    );
  }
}
