import { Args, ObjectType, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Actor, Connection, ConnectionArgs, CurrentActor, Loaders, pageComplexity, pickByKeys, RequestLoaders } from '@zhirong/core';
import { LoanObject, LoanService } from '@zhirong/loans';
import { LoanAlertObject } from '../dto/monitoring.objects';
import { AlertListService } from './alert-list.service';

@ObjectType({ description: '贷中预警列表' })
export class LoanAlertConnection extends Connection(LoanAlertObject, 'LoanAlert') {}

@Resolver(() => LoanAlertObject)
export class AlertListResolver {
  constructor(
    private readonly alerts: AlertListService,
    private readonly loans: LoanService,
  ) {}

  @Query(() => LoanAlertConnection, {
    description: '贷中预警 — every alert you may see, newest first (a bank its loans’, a firm its own, an office its region’s)',
    complexity: pageComplexity,
  })
  async monitoringAlerts(@CurrentActor() actor: Actor, @Args() args: ConnectionArgs): Promise<LoanAlertConnection> {
    const page = await this.alerts.list(actor, args);
    return { ...page, edges: page.edges.map((e) => ({ cursor: e.cursor, node: LoanAlertObject.from(e.node) })) };
  }

  @ResolveField(() => LoanObject, { nullable: true, description: '贷款 — the loan alerted; null when you may not read it' })
  async loan(@CurrentActor() actor: Actor, @Parent() alert: LoanAlertObject, @Loaders() loaders: RequestLoaders): Promise<LoanObject | null> {
    return loaders
      .get<string, LoanObject | null>('alert.loan', async (ids) => pickByKeys(ids, (await this.loans.readable(actor, ids)).map(LoanObject.from), (l) => l.id))
      .load(alert.loanId);
  }
}
