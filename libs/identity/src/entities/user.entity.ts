import { BaseEntity, Role } from '@zhirong/core';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { Organization } from './organization.entity';

@Entity({ name: 'app_user' })
export class User extends BaseEntity {
  /** Stored lower-cased, so sign-in is case-insensitive. */
  @Index({ unique: true })
  @Column({ type: 'varchar', length: 254 })
  email!: string;

  @Column({ type: 'varchar', length: 200 })
  passwordHash!: string;

  @Column({ type: 'varchar', length: 100 })
  displayName!: string;

  @Column({ type: 'enum', enum: Role, enumName: 'user_role', array: true })
  roles!: Role[];

  @Column({ type: 'uuid' })
  organizationId!: string;

  @ManyToOne(() => Organization, { onDelete: 'RESTRICT' })
  @JoinColumn()
  organization?: Organization;

  @Column({ type: 'boolean', default: true })
  active!: boolean;

  @Column({ type: 'timestamptz', nullable: true })
  lastLoginAt!: Date | null;

  /** Tokens carry the version they were issued at; raising it ends them (sign-out, deactivation, role change). */
  @Column({ type: 'int', default: 0 })
  tokenVersion!: number;
}
