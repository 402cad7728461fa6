import { Injectable } from '@nestjs/common';
import { AccessService, Permission } from '@zhirong/access';
import { Actor, AuditService, badInput, clock, notFound } from '@zhirong/core';
import { createHash } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { DataSource } from 'typeorm';
import { UploadLoanDocumentInput } from './dto/loan.inputs';
import { OPEN_APPLICATION_STATUSES } from './entities/loan.enums';
import { LoanApplication, LoanApplicationTransition, LoanDocument } from './entities/loan-application.entity';
import { LoansError, LoansErrorCode } from './loans.errors';

/** At most 5 MB a document (decoded). */
export const MAX_DOCUMENT_BYTES = 5 * 1024 * 1024;

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** Where the bytes go: DOCUMENTS_DIR, or .data/documents under the working directory (development). */
export function documentsRoot(): string {
  return resolve(process.env.DOCUMENTS_DIR ?? join(process.cwd(), '.data', 'documents'));
}

/** 申请材料: the firm uploads while its application is open; the parties read the metadata and checksum. */
@Injectable()
export class LoanDocumentService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly audit: AuditService,
  ) {}

  async upload(actor: Actor, input: UploadLoanDocumentInput): Promise<LoanDocument> {
    const content = input.contentBase64.replace(/\s+/g, '');
    if (!BASE64.test(content) || content.length % 4 !== 0) throw badInput('input.contentBase64', 'must be base64');
    const bytes = Buffer.from(content, 'base64');
    if (bytes.length === 0) throw badInput('input.contentBase64', 'The document is empty');
    if (bytes.length > MAX_DOCUMENT_BYTES) throw badInput('input.contentBase64', `At most ${MAX_DOCUMENT_BYTES} bytes`);
    const fileName = input.fileName.trim();
    if (!fileName || /[/\\\0]/.test(fileName)) throw badInput('input.fileName', 'A file name without path separators');
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    return this.dataSource.transaction(async (manager) => {
      const visible = await this.access.allowed(actor, Permission.LOAN_APPLICATION_READ, [input.applicationId], manager);
      if (!visible.has(input.applicationId)) throw notFound('LoanApplication', input.applicationId);
      await this.access.require(actor, Permission.LOAN_APPLICATION_APPLY, input.applicationId, manager);
      const app = await manager.findOneOrFail(LoanApplication, { where: { id: input.applicationId } });
      if (!OPEN_APPLICATION_STATUSES.includes(app.status)) throw new LoansError(LoansErrorCode.STATUS, `Documents are added to an open application; this one is ${app.status}`);
      // Content-addressed: the same bytes twice are stored once.
      const storagePath = join(app.id, sha256);
      const full = join(documentsRoot(), storagePath);
      await mkdir(dirname(full), { recursive: true });
      await writeFile(full, bytes);
      const doc = await manager.save(
        manager.create(LoanDocument, {
          applicationId: app.id,
          kind: input.kind,
          fileName,
          mimeType: input.mimeType,
          sizeBytes: bytes.length,
          sha256,
          storagePath,
          uploadedByUserId: actor.userId,
          uploadedAt: clock.now(),
        }),
      );
      await this.audit.record(manager, {
        action: 'uploadLoanDocument',
        entityType: 'LoanApplication',
        entityId: app.id,
        after: { documentId: doc.id, kind: doc.kind, sha256, sizeBytes: doc.sizeBytes },
      });
      return doc;
    });
  }

  /** Of an application the resolver already checked. */
  ofApplication(applicationId: string): Promise<LoanDocument[]> {
    return this.dataSource.manager.find(LoanDocument, { where: { applicationId }, order: { uploadedAt: 'ASC' } });
  }

  transitions(applicationId: string): Promise<LoanApplicationTransition[]> {
    return this.dataSource.manager.find(LoanApplicationTransition, { where: { applicationId }, order: { createdAt: 'ASC' } });
  }
}
