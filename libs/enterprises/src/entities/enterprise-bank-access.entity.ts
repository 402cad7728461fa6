import { Organization } from '@zhirong/identity';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Enterprise } from './enterprise.entity';
import { BankAccessReason } from './enterprise.enums';

/**
 * Which banks may see a firm's private profile and why. Filled when a firm applies
 * to a bank and when an office pushes a whitelist batch to a bank.
 */
@Entity()
@Index(['bankOrganizationId', 'enterpriseId'])
export class EnterpriseBankAccess {
  @PrimaryColumn({ type: 'uuid' })
  enterpriseId!: string;

  @ManyToOne(() => Enterprise, { onDelete: 'CASCADE' })
  @JoinColumn()
  enterprise?: Enterprise;

  @PrimaryColumn({ type: 'uuid' })
  bankOrganizationId!: string;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn()
  bankOrganization?: Organization;

  @PrimaryColumn({ type: 'enum', enum: BankAccessReason, enumName: 'bank_access_reason' })
  reason!: BankAccessReason;

  /**
   * The whitelist batch or application that granted it, for the audit trail. No foreign key:
   * it points at rows of different tables depending on `reason`.
   */
  @Column({ type: 'uuid', nullable: true })
  sourceId!: string | null;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt!: Date;
}
