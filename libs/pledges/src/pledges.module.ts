import { Inject, Module, OnModuleInit } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CalendarCoreModule } from '@zhirong/calendar';
import { DISBURSEMENT_GUARDS, DisbursementGuard, LoanPortRegistry, LoansModule, PLEDGE_RELEASE_HOOKS, PledgeReleaseHook } from '@zhirong/loans';
import { NotificationsModule } from '@zhirong/notifications';
import { PolicyModule } from '@zhirong/policy';
import { BankWebhookClientModule } from '@zhirong/whitelist';
import { LegalStatusChange, LoanAlert, LoanAlertDelivery } from './entities/monitoring.entity';
import { LoanAlertWebhookResolver, LoanPledgeResolver } from './loan-pledge.resolver';
import { PledgeRegistration } from './entities/pledge-registration.entity';
import { PledgesJobs } from './jobs/pledges.jobs';
import { AlertListResolver } from './monitoring/alert-list.resolver';
import { AlertListService } from './monitoring/alert-list.service';
import { MonitoringResolver } from './monitoring/monitoring.resolver';
import { AlertWebhookService } from './monitoring/alert-webhook.service';
import { MonitoringService } from './monitoring/monitoring.service';
import { PledgeAssets } from './pledge-assets';
import { PledgeRegistrationLoanResolver } from './pledge-registration-loan.resolver';
import { PledgeRegistrationResolver } from './pledge-registration.resolver';
import { PledgeRegistrationService } from './pledge-registration.service';

export const PLEDGE_ENTITIES = [PledgeRegistration, LegalStatusChange, LoanAlert, LoanAlertDelivery];

const IMPORTS = [TypeOrmModule.forFeature(PLEDGE_ENTITIES), CalendarCoreModule, PolicyModule, NotificationsModule, BankWebhookClientModule];
const SERVICES = [PledgeRegistrationService, PledgeAssets, MonitoringService, AlertWebhookService];

/** Pledge registration for the API; fills LOANS' disbursement guard and pledge release ports. */
@Module({
  imports: [...IMPORTS, LoansModule],
  providers: [
    ...SERVICES,
    AlertListService,
    PledgeRegistrationResolver,
    PledgeRegistrationLoanResolver,
    MonitoringResolver,
    AlertListResolver,
    LoanPledgeResolver,
    LoanAlertWebhookResolver,
  ],
  exports: SERVICES,
})
export class PledgesModule implements OnModuleInit {
  constructor(
    private readonly registrations: PledgeRegistrationService,
    @Inject(DISBURSEMENT_GUARDS) private readonly guards: LoanPortRegistry<DisbursementGuard>,
    @Inject(PLEDGE_RELEASE_HOOKS) private readonly releases: LoanPortRegistry<PledgeReleaseHook>,
  ) {}

  onModuleInit(): void {
    const registrations = this.registrations;
    this.guards.register({ name: 'pledge-registered', check: (manager, loan) => registrations.disbursementRefusal(manager, loan) });
    this.releases.register({ name: 'pledge-release', onLoanRepaid: (manager, loan) => registrations.release(manager, loan) });
  }
}

/** The worker's side: the warning and breach jobs of registrations, the alerts' webhooks. */
@Module({
  imports: IMPORTS,
  providers: [...SERVICES, PledgesJobs],
})
export class PledgesJobsModule {}
