import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * Who changed what and when; written in the same transaction as the change. No foreign keys on
 * purpose: the trail must outlive the users, organisations and rows it names (`entity_id` is of
 * many tables, per `entity_type`), and a deletion must never be refused or cascaded for it.
 */
@Entity({ name: 'audit_log' })
@Index(['entityType', 'entityId'])
@Index(['actorUserId', 'createdAt'])
// An organisation's administrator reads its own organisation's trail, newest first.
@Index(['actorOrganizationId', 'createdAt'])
export class AuditLog {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** The GraphQL mutation or job that made the change, e.g. `createEnterprise`. */
  @Column({ type: 'varchar', length: 100 })
  action!: string;

  @Column({ type: 'varchar', length: 60 })
  entityType!: string;

  @Column({ type: 'varchar', length: 64, nullable: true })
  entityId!: string | null;

  @Column({ type: 'uuid', nullable: true })
  actorUserId!: string | null;

  @Column({ type: 'uuid', nullable: true })
  actorOrganizationId!: string | null;

  @Column({ type: 'jsonb', nullable: true })
  before!: Record<string, unknown> | null;

  @Column({ type: 'jsonb', nullable: true })
  after!: Record<string, unknown> | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  requestId!: string | null;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt!: Date;
}
