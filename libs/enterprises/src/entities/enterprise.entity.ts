import { BaseEntity } from '@zhirong/core';
import { Organization, Region } from '@zhirong/identity';
import { Check, Column, Entity, ForeignKey, Index, JoinColumn, ManyToOne } from 'typeorm';
import { CreditRating, EnterpriseTag } from './enterprise.enums';

export interface EnterpriseContact {
  name: string;
  title?: string;
  phone?: string;
  email?: string;
}

/** 企业: a firm that owns IP and seeks financing. */
@Entity()
@Index(['regionPath'])
@Check('CHK_enterprise_employees', 'employees >= 0')
@Check('CHK_enterprise_annual_revenue', 'annual_revenue_fen >= 0')
export class Enterprise extends BaseEntity {
  /** 统一社会信用代码 (GB 32100), validated by its check character. */
  @Index({ unique: true })
  @Column({ type: 'varchar', length: 18 })
  creditCode!: string;

  @Index()
  @Column({ type: 'varchar', length: 200 })
  name!: string;

  /** The firm's own organisation, once it has platform accounts. */
  @Index({ unique: true, where: 'organization_id IS NOT NULL' })
  @Column({ type: 'uuid', nullable: true })
  organizationId!: string | null;

  @ManyToOne(() => Organization, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn()
  organization?: Organization | null;

  @Column({ type: 'uuid' })
  regionId!: string;

  @ManyToOne(() => Region, { onDelete: 'RESTRICT' })
  @JoinColumn()
  region?: Region;

  /** Copied from the region so subtree filters need no join. */
  @Column({ type: 'varchar', length: 400 })
  regionPath!: string;

  @Column({ type: 'uuid', nullable: true })
  parkId!: string | null;

  @ManyToOne(() => Region, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn()
  park?: Region | null;

  /** GB/T 4754 section and division, e.g. `C39`. */
  @Index()
  @Column({ type: 'varchar', length: 3 })
  industryCode!: string;

  @Column({ type: 'date' })
  foundedOn!: string;

  @Column({ type: 'int', nullable: true })
  employees!: number | null;

  @Column({ type: 'bigint', nullable: true })
  annualRevenueFen!: string | null;

  @Column({ type: 'enum', enum: EnterpriseTag, enumName: 'enterprise_tag', array: true, default: '{}' })
  tags!: EnterpriseTag[];

  @Column({ type: 'enum', enum: CreditRating, enumName: 'credit_rating', nullable: true })
  creditRating!: CreditRating | null;

  /** 失信被执行人: on the dishonest-debtor list. */
  @Column({ type: 'boolean', default: false })
  dishonest!: boolean;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  contacts!: EnterpriseContact[];

  /** Organisation that created the record (the firm, a service window, an office). */
  @ForeignKey(() => Organization, { onDelete: 'SET NULL' })
  @Column({ type: 'uuid', nullable: true })
  createdByOrganizationId!: string | null;
}
