import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Actor, CurrentActor, Loaders, RequestLoaders } from '@zhirong/core';
import { LoanObject } from '@zhirong/loans';
import { LoanAlertObject, LoanAlertWebhookDeliveryObject } from './dto/monitoring.objects';
import { AlertWebhookService } from './monitoring/alert-webhook.service';
import { PledgeRegistrationObject } from './dto/pledge.objects';
import { MonitoringService } from './monitoring/monitoring.service';
import { PledgeRegistrationService } from './pledge-registration.service';

/**
 * `Loan.registration` and `Loan.alerts`: here because LOANS may not depend on PLEDGES. Each
 * asks the access policy for the rows it returns; a page of loans costs one query per field.
 */
@Resolver(() => LoanObject)
export class LoanPledgeResolver {
  constructor(
    private readonly registrations: PledgeRegistrationService,
    private readonly monitoring: MonitoringService,
  ) {}

  @ResolveField(() => PledgeRegistrationObject, {
    nullable: true,
    description: '质押登记 — the loan’s current (latest) registration with its due time, or null (none yet, or not yours to see)',
  })
  async registration(@CurrentActor() actor: Actor, @Parent() loan: LoanObject, @Loaders() loaders: RequestLoaders): Promise<PledgeRegistrationObject | null> {
    const loader = loaders.get('pledgeRegistration.latestByLoan', (ids: readonly string[]) => this.registrations.latestForLoans(actor, ids));
    const r = await loader.load(loan.id);
    return r ? PledgeRegistrationObject.from(r) : null;
  }

  @ResolveField(() => [LoanAlertObject], { description: '贷中预警 — the loan’s latest alerts (e.g. a pledged asset’s legal status changed), newest first' })
  async alerts(@CurrentActor() actor: Actor, @Parent() loan: LoanObject, @Loaders() loaders: RequestLoaders): Promise<LoanAlertObject[]> {
    const loader = loaders.get('loanAlert.byLoan', (ids: readonly string[]) => this.monitoring.alertsOfLoans(actor, ids));
    return (await loader.load(loan.id)).map(LoanAlertObject.from);
  }
}

/** `LoanAlert.webhook`: how the alert's webhook to the bank went — for the bank only (the access policy). */
@Resolver(() => LoanAlertObject)
export class LoanAlertWebhookResolver {
  constructor(private readonly webhooks: AlertWebhookService) {}

  @ResolveField(() => LoanAlertWebhookDeliveryObject, {
    nullable: true,
    description: '预警推送 — the alert’s webhook to the pledgee bank (the bank sees its own; null for others)',
  })
  async webhook(@CurrentActor() actor: Actor, @Parent() alert: LoanAlertObject, @Loaders() loaders: RequestLoaders): Promise<LoanAlertWebhookDeliveryObject | null> {
    const loader = loaders.get('loanAlertDelivery.byAlert', (ids: readonly string[]) => this.webhooks.ofAlerts(actor, ids));
    const d = await loader.load(alert.id);
    return d ? LoanAlertWebhookDeliveryObject.from(d) : null;
  }
}
