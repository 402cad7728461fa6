import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import { AuditLog, Connection } from '@zhirong/core';

@ObjectType('AuditFieldChange', { description: '字段变更 — one field of an audited change, its values as JSON text' })
export class AuditFieldChangeObject {
  @Field({ description: '字段 — the field, as the entity names it (e.g. annualRevenueFen)' })
  field!: string;

  @Field(() => String, { nullable: true, description: '变更前 — the value before, as JSON; null when the field did not exist (a creation)' })
  before!: string | null;

  @Field(() => String, { nullable: true, description: '变更后 — the value after, as JSON; null when the field is gone (a deletion)' })
  after!: string | null;
}

/** Fields whose value differs between the two snapshots, in a stable order; unchanged ones are left out. */
export function diffSnapshots(before: Record<string, unknown> | null, after: Record<string, unknown> | null): AuditFieldChangeObject[] {
  const keys = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])].sort();
  const json = (snapshot: Record<string, unknown> | null, key: string) => (snapshot && key in snapshot ? JSON.stringify(snapshot[key]) : null);
  return keys.map((field) => ({ field, before: json(before, field), after: json(after, field) })).filter((c) => c.before !== c.after);
}

// Named like its GraphQL type so Connection() calls the edge AuditEntryEdge.
@ObjectType('AuditEntry', { description: '审计记录 — who changed what and when, written in the same transaction as the change' })
class AuditEntry {
  @Field(() => ID, { description: 'Entry id' })
  id!: string;

  @Field({ description: '操作 — the mutation or job that made the change, e.g. updateEnterprise' })
  action!: string;

  @Field({ description: '对象类型 — the kind of thing changed, e.g. Enterprise' })
  entityType!: string;

  @Field(() => String, { nullable: true, description: '对象 id — the thing changed' })
  entityId!: string | null;

  @Field(() => ID, { nullable: true, description: '操作人 id — the user; null for the system (jobs, seeds)' })
  actorUserId!: string | null;

  @Field(() => String, { nullable: true, description: '操作人 — the user’s display name' })
  actorName!: string | null;

  @Field(() => ID, { nullable: true, description: '操作机构 id — the user’s organisation' })
  actorOrganizationId!: string | null;

  @Field(() => String, { nullable: true, description: '操作机构 — the organisation’s name' })
  actorOrganizationName!: string | null;

  @Field(() => [AuditFieldChangeObject], { description: '变更 — the fields that changed, with before and after values' })
  changes!: AuditFieldChangeObject[];

  @Field(() => String, { nullable: true, description: '请求 id — ties the entry to the API request’s log lines' })
  requestId!: string | null;

  @Field(() => GraphQLISODateTime, { description: '时间 — when it happened' })
  createdAt!: Date;

  static from(row: AuditLog, names: { actorName: string | null; actorOrganizationName: string | null }): AuditEntry {
    return {
      id: row.id,
      action: row.action,
      entityType: row.entityType,
      entityId: row.entityId,
      actorUserId: row.actorUserId,
      actorName: names.actorName,
      actorOrganizationId: row.actorOrganizationId,
      actorOrganizationName: names.actorOrganizationName,
      changes: diffSnapshots(row.before, row.after),
      requestId: row.requestId,
      createdAt: row.createdAt,
    };
  }
}
export { AuditEntry as AuditEntryObject };

@ObjectType({ description: '审计记录列表 — a page of audit entries, newest first' })
export class AuditEntryConnection extends Connection(AuditEntry) {}
