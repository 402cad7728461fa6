import { Injectable } from '@nestjs/common';
import { AccessService, Permission } from '@zhirong/access';
import { Actor, ConnectionArgs, ConnectionShape, paginate } from '@zhirong/core';
import { DataSource } from 'typeorm';
import { LoanAlert } from '../entities/monitoring.entity';

/** 贷中预警 across loans: the bank's monitoring inbox, newest first, as far as LOAN_ALERT_READ reaches. */
@Injectable()
export class AlertListService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: AccessService,
  ) {}

  async list(actor: Actor, args: ConnectionArgs): Promise<ConnectionShape<LoanAlert>> {
    const qb = this.dataSource.getRepository(LoanAlert).createQueryBuilder('a');
    this.access.scope(qb, actor, Permission.LOAN_ALERT_READ, 'a.id');
    return paginate(qb, args, { column: 'a.created_at', direction: 'DESC', key: (a) => a.createdAt });
  }
}
