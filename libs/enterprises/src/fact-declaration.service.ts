import { Injectable } from '@nestjs/common';
import { AccessService, Permission } from '@zhirong/access';
import { Access, Actor, AuditService, ConnectionArgs, ConnectionShape, isPlatformAdmin, notFound, paginate } from '@zhirong/core';
import { JobOutbox } from '@zhirong/jobs';
import { SearchIndex, SearchOutboxService } from '@zhirong/search';
import { DataSource, EntityManager, In } from 'typeorm';
import { FactDeclarationFilter, ReviewFactDeclarationInput, FactVerdict } from './dto/fact-declaration.inputs';
import { applyVerifiedValue, declarationYear, isVerifiedValue } from './enterprise-facts';
import { Enterprise } from './entities/enterprise.entity';
import { DeclaredValue, EnterpriseFact, EnterpriseFactDeclaration, FactDeclarationStatus } from './entities/enterprise-fact-declaration.entity';
import { EnterpriseError, EnterpriseErrorCode } from './enterprises.errors';

/**
 * What a firm says of itself against what an office has confirmed. Screening and
 * product checks read only the enterprise row (the verified values); a firm's own
 * statement of region, industry, founding date, headcount, revenue or recognitions
 * waits here until an office, window or park of its region confirms or rejects it.
 */
@Injectable()
export class FactDeclarationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly outbox: SearchOutboxService,
    private readonly jobs: JobOutbox,
  ) {}

  /**
   * Records the firm's declarations inside its write's transaction. A value equal to the
   * verified one withdraws an open declaration of that fact instead; a second declaration
   * of a fact replaces the first's value (one open declaration per fact and year).
   */
  async declare(manager: EntityManager, actor: Actor, enterprise: Enterprise, values: DeclaredValue[]): Promise<void> {
    for (const value of values) {
      const year = declarationYear(value);
      const open = await manager.findOne(EnterpriseFactDeclaration, {
        where: { enterpriseId: enterprise.id, fact: value.fact, year, status: FactDeclarationStatus.PENDING },
        lock: { mode: 'pessimistic_write' },
      });
      if (await isVerifiedValue(manager, enterprise, value)) {
        if (open) await this.close(manager, open, FactDeclarationStatus.SUPERSEDED, actor, 'withdrawFactDeclaration', null);
        continue;
      }
      const regionPath = enterprise.regionPath;
      if (open) {
        const before = { value: open.value };
        Object.assign(open, { value, regionPath, declaredByOrganizationId: actor.organizationId });
        await manager.save(open);
        await this.audit.record(manager, { action: 'declareEnterpriseFact', entityType: 'EnterpriseFactDeclaration', entityId: open.id, before, after: open });
      } else {
        const saved = await manager.save(
          manager.create(EnterpriseFactDeclaration, { enterpriseId: enterprise.id, fact: value.fact, year, value, regionPath, declaredByOrganizationId: actor.organizationId }),
        );
        await this.audit.record(manager, { action: 'declareEnterpriseFact', entityType: 'EnterpriseFactDeclaration', entityId: saved.id, before: null, after: saved });
      }
    }
  }

  /** A verifier wrote these facts itself: the firm's open declarations of them are moot. */
  async supersede(manager: EntityManager, actor: Actor, enterpriseId: string, facts: EnterpriseFact[]): Promise<void> {
    if (!facts.length) return;
    const open = await manager.find(EnterpriseFactDeclaration, {
      where: { enterpriseId, fact: In(facts), status: FactDeclarationStatus.PENDING },
      lock: { mode: 'pessimistic_write' },
    });
    for (const declaration of open) await this.close(manager, declaration, FactDeclarationStatus.SUPERSEDED, actor, 'supersedeFactDeclaration', null);
  }

  /** Confirms (the value becomes the profile's) or rejects (with a reason the firm reads) one declaration. */
  async review(actor: Actor, input: ReviewFactDeclarationInput): Promise<EnterpriseFactDeclaration> {
    const note = input.note?.trim() || null;
    if (input.verdict === FactVerdict.REJECT && !note) {
      throw new EnterpriseError(EnterpriseErrorCode.INVALID_REVIEW, 'Say why the declaration is rejected; the firm reads it', { field: 'input.note' });
    }
    const result = await this.dataSource.transaction(async (manager) => {
      const declaration = await manager.findOne(EnterpriseFactDeclaration, { where: { id: input.declarationId }, lock: { mode: 'pessimistic_write' } });
      if (!declaration) throw notFound('EnterpriseFactDeclaration', input.declarationId);
      await this.access.require(actor, Permission.FACT_VERIFY, declaration.id, manager);
      const value = declaration.value;
      // A move is confirmed by the office that takes the firm in, which must also cover the new place.
      if (value.fact === EnterpriseFact.REGION && input.verdict === FactVerdict.VERIFY && !isPlatformAdmin(actor)) Access.requireRegion(actor, value.regionPath);
      if (declaration.status !== FactDeclarationStatus.PENDING) {
        throw new EnterpriseError(EnterpriseErrorCode.DECLARATION_CLOSED, `This declaration is ${declaration.status.toLowerCase()} already`);
      }
      if (input.verdict === FactVerdict.REJECT) {
        return this.close(manager, declaration, FactDeclarationStatus.REJECTED, actor, 'rejectEnterpriseFact', note);
      }
      const enterprise = await manager.findOne(Enterprise, { where: { id: declaration.enterpriseId }, lock: { mode: 'pessimistic_write' } });
      if (!enterprise) throw notFound('Enterprise', declaration.enterpriseId);
      const before = { ...enterprise };
      await applyVerifiedValue(manager, enterprise, value, declaration.declaredByOrganizationId);
      const saved = await manager.save(enterprise);
      await this.audit.record(manager, { action: 'updateEnterprise', entityType: 'Enterprise', entityId: enterprise.id, before, after: saved });
      await this.outbox.record(manager, { index: SearchIndex.FIRMS, ids: [enterprise.id] });
      await this.jobs.matchingChanged(manager, { enterpriseId: enterprise.id });
      return this.close(manager, declaration, FactDeclarationStatus.VERIFIED, actor, 'verifyEnterpriseFact', note);
    });
    return result;
  }

  /** The declarations the actor may see: an office's work queue, or a firm's own history. Oldest first, so the queue is worked in order. */
  async list(actor: Actor, args: ConnectionArgs, filter: FactDeclarationFilter = {}): Promise<ConnectionShape<EnterpriseFactDeclaration>> {
    const qb = this.dataSource.getRepository(EnterpriseFactDeclaration).createQueryBuilder('d');
    this.access.scope(qb, actor, Permission.FACT_DECLARATION_READ, 'd.id');
    qb.andWhere('d.status = :status', { status: filter.status ?? FactDeclarationStatus.PENDING });
    if (filter.enterpriseId) qb.andWhere('d.enterprise_id = :enterpriseId', { enterpriseId: filter.enterpriseId });
    if (filter.fact) qb.andWhere('d.fact = :fact', { fact: filter.fact });
    return paginate(qb, args, { column: 'd.created_at', direction: 'ASC', key: (d) => d.createdAt });
  }

  /** The open declarations of each firm, for the request loader of `Enterprise.declaredFacts`. */
  async pendingOf(enterpriseIds: readonly string[]): Promise<EnterpriseFactDeclaration[]> {
    if (!enterpriseIds.length) return [];
    return this.dataSource.manager.find(EnterpriseFactDeclaration, {
      where: { enterpriseId: In([...enterpriseIds]), status: FactDeclarationStatus.PENDING },
      order: { createdAt: 'ASC' },
    });
  }

  private async close(
    manager: EntityManager,
    declaration: EnterpriseFactDeclaration,
    status: FactDeclarationStatus,
    actor: Actor,
    action: string,
    note: string | null,
  ): Promise<EnterpriseFactDeclaration> {
    const before = { status: declaration.status };
    Object.assign(declaration, { status, reviewedByOrganizationId: actor.organizationId, reviewedAt: new Date(), reviewNote: note });
    const saved = await manager.save(declaration);
    await this.audit.record(manager, { action, entityType: 'EnterpriseFactDeclaration', entityId: declaration.id, before, after: saved });
    return saved;
  }
}
