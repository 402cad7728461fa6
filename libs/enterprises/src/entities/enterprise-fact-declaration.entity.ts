import { registerEnumType } from '@nestjs/graphql';
import { BaseEntity } from '@zhirong/core';
import { Organization } from '@zhirong/identity';
import { Column, Entity, ForeignKey, Index, JoinColumn, ManyToOne } from 'typeorm';
import { Enterprise } from './enterprise.entity';
import { EnterpriseTag } from './enterprise.enums';

/**
 * The facts of a profile that screening and product checks rely on. The enterprise row
 * holds their verified values; what a firm says of itself waits here until an office,
 * window or park (or a data feed) confirms it.
 */
export enum EnterpriseFact {
  REGION = 'REGION',
  INDUSTRY = 'INDUSTRY',
  FOUNDED_ON = 'FOUNDED_ON',
  EMPLOYEES = 'EMPLOYEES',
  ANNUAL_REVENUE = 'ANNUAL_REVENUE',
  TAGS = 'TAGS',
  REVENUE_YEAR = 'REVENUE_YEAR',
}

export enum FactDeclarationStatus {
  PENDING = 'PENDING',
  VERIFIED = 'VERIFIED',
  REJECTED = 'REJECTED',
  /** Replaced before review: the firm declared the verified value again, or a verifier set the fact itself. */
  SUPERSEDED = 'SUPERSEDED',
}

/** The declared value, one shape per fact; money in integer fen as a string. */
export type DeclaredValue =
  | { fact: EnterpriseFact.REGION; regionId: string; parkId: string | null; regionPath: string; placeName: string }
  | { fact: EnterpriseFact.INDUSTRY; industryCode: string }
  | { fact: EnterpriseFact.FOUNDED_ON; foundedOn: string }
  | { fact: EnterpriseFact.EMPLOYEES; employees: number | null }
  | { fact: EnterpriseFact.ANNUAL_REVENUE; revenueFen: string | null }
  | { fact: EnterpriseFact.TAGS; tags: EnterpriseTag[] }
  | { fact: EnterpriseFact.REVENUE_YEAR; year: number; revenueFen: string };

/** 企业自报事项: one fact a firm declared about itself, waiting for (or past) verification. */
@Entity()
// One open declaration per fact (and fiscal year): a second one replaces the first's value.
@Index(['enterpriseId', 'fact', 'year'], { unique: true, where: "status = 'PENDING'" })
@Index(['status', 'regionPath'])
export class EnterpriseFactDeclaration extends BaseEntity {
  @Column({ type: 'uuid' })
  enterpriseId!: string;

  @ManyToOne(() => Enterprise, { onDelete: 'CASCADE' })
  @JoinColumn()
  enterprise?: Enterprise;

  @Column({ type: 'enum', enum: EnterpriseFact, enumName: 'enterprise_fact' })
  fact!: EnterpriseFact;

  /** The fiscal year of a REVENUE_YEAR declaration; 0 for the other facts, so the unique index holds. */
  @Column({ type: 'smallint', default: 0 })
  year!: number;

  @Column({ type: 'jsonb' })
  value!: DeclaredValue;

  /** The firm's region path when declared, and the declared one for a move, so both offices find it. */
  @Column({ type: 'varchar', length: 400 })
  regionPath!: string;

  @Column({ type: 'enum', enum: FactDeclarationStatus, enumName: 'fact_declaration_status', default: FactDeclarationStatus.PENDING })
  status!: FactDeclarationStatus;

  // RESTRICT: who declared and who reviewed is the declaration's audit trail.
  @ForeignKey(() => Organization, { onDelete: 'RESTRICT' })
  @Column({ type: 'uuid' })
  declaredByOrganizationId!: string;

  @ForeignKey(() => Organization, { onDelete: 'RESTRICT' })
  @Column({ type: 'uuid', nullable: true })
  reviewedByOrganizationId!: string | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  reviewedAt!: Date | null;

  /** Why it was rejected (or a verifier's remark). */
  @Column({ type: 'varchar', length: 500, nullable: true })
  reviewNote!: string | null;
}

registerEnumType(EnterpriseFact, {
  name: 'EnterpriseFact',
  description: '需核实的企业事项 — what a firm declares and an office verifies',
  valuesMap: {
    REGION: { description: 'Location (所在地)' },
    INDUSTRY: { description: 'Industry (行业)' },
    FOUNDED_ON: { description: 'Founded (成立日期)' },
    EMPLOYEES: { description: 'Employees (从业人数)' },
    ANNUAL_REVENUE: { description: 'Annual revenue (年营业收入)' },
    TAGS: { description: 'Recognitions (资质标签)' },
    REVENUE_YEAR: { description: 'Revenue for a year (年度营收)' },
  },
});
registerEnumType(FactDeclarationStatus, {
  name: 'FactDeclarationStatus',
  description: '核实状态 — where a declaration stands',
  valuesMap: {
    PENDING: { description: 'Awaiting verification (待核实)' },
    VERIFIED: { description: 'Verified (已核实)' },
    REJECTED: { description: 'Rejected (未通过)' },
    SUPERSEDED: { description: 'Superseded (已被替代). Replaced before review' },
  },
});
