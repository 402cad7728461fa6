import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Access, Actor, AuditService, badInput, notFound, Role, subtreePattern } from '@zhirong/core';
import { DataSource, IsNull, Repository } from 'typeorm';
import { CreateRegionInput } from './dto/identity.inputs';
import { Region } from './entities/region.entity';
import { IdentityError, IdentityErrorCode } from './identity.errors';
import { canNestRegion } from './identity.rules';


@Injectable()
export class RegionService {
  constructor(
    @InjectRepository(Region) private readonly regions: Repository<Region>,
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async get(id: string): Promise<Region> {
    const region = await this.regions.findOneBy({ id });
    if (!region) throw notFound('Region', id);
    return region;
  }

  /** Children of a region, or the provinces when no parent is given. */
  children(parentId?: string | null): Promise<Region[]> {
    return this.regions.find({ where: { parentId: parentId ?? IsNull() }, order: { code: 'ASC' } });
  }

  /** The region and everything below it, in tree order. */
  subtree(path: string): Promise<Region[]> {
    return this.regions
      .createQueryBuilder('r')
      .where('r.path = :path OR r.path LIKE :prefix', { path, prefix: subtreePattern(path) })
      .orderBy('r.path')
      .getMany();
  }

  /**
   * Platform administrators add any region; an office adds regions below its own
   * (a district office registering a new park, say).
   */
  async create(actor: Actor, input: CreateRegionInput): Promise<Region> {
    Access.requireRole(actor, Role.GOV_OFFICER);
    return this.dataSource.transaction(async (manager) => {
      const parent = input.parentId ? await manager.findOneBy(Region, { id: input.parentId }) : null;
      if (input.parentId && !parent) throw badInput('input.parentId', `Region ${input.parentId} does not exist`);
      if (!canNestRegion(input.level, parent?.level ?? null)) {
        throw new IdentityError(
          IdentityErrorCode.REGION_LEVEL_INVALID,
          parent ? `A ${input.level} cannot sit under a ${parent.level}` : 'Only a province has no parent',
          { field: 'input.level' },
        );
      }
      const path = parent ? `${parent.path}/${input.code}` : input.code;
      Access.requireRegion(actor, parent?.path ?? path);
      if (await manager.existsBy(Region, { code: input.code })) {
        throw new IdentityError(IdentityErrorCode.REGION_CODE_TAKEN, `Region code ${input.code} is already used`, {
          field: 'input.code',
        });
      }
      const region = await manager.save(
        manager.create(Region, { code: input.code, name: input.name, level: input.level, parentId: parent?.id ?? null, path }),
      );
      await this.audit.record(manager, { action: 'createRegion', entityType: 'Region', entityId: region.id, after: region });
      return region;
    });
  }
}
