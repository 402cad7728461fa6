import { BaseEntity } from '@zhirong/core';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';

export enum RegionLevel {
  PROVINCE = 'PROVINCE',
  CITY = 'CITY',
  DISTRICT = 'DISTRICT',
  PARK = 'PARK',
}

/** A node of the region tree; policies and offices attach to regions. */
@Entity()
export class Region extends BaseEntity {
  /** GB/T 2260 administrative division code, or a park code like `310117-G60`. */
  @Index({ unique: true })
  @Column({ type: 'varchar', length: 32 })
  code!: string;

  @Column({ type: 'varchar', length: 100 })
  name!: string;

  @Column({ type: 'enum', enum: RegionLevel, enumName: 'region_level' })
  level!: RegionLevel;

  @Column({ type: 'uuid', nullable: true })
  parentId!: string | null;

  @ManyToOne(() => Region, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn()
  parent?: Region | null;

  /** Codes from the root down, `310000/310112`: a subtree is a prefix match. */
  @Index()
  @Column({ type: 'varchar', length: 400 })
  path!: string;
}
