import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CalendarCoreModule } from '@zhirong/calendar';
import { PolicyCoreModule } from '@zhirong/policy';
import { LOAN_ENTITIES } from './entities';
import { LoansJobs } from './jobs/loans.jobs';
import { LoanApplicationService } from './loan-application.service';
import { LoanDocumentService } from './loan-document.service';
import { DISBURSEMENT_GUARDS, LOAN_PORT_PROVIDERS, PLEDGE_RELEASE_HOOKS } from './loan.ports';
import { LoanService } from './loan.service';
import { LoanApplicationResolver, LoanResolver } from './loans.resolver';
import { OverduePolicy } from './overdue-policy.service';

const SERVICES = [LoanApplicationService, LoanService, LoanDocumentService, OverduePolicy];
// The overdue rule is the loan region's policy, its grace counted on the working-day calendar.
const IMPORTS = [TypeOrmModule.forFeature(LOAN_ENTITIES), PolicyCoreModule, CalendarCoreModule];

/** Loans for the API: applications, decisions, loans, schedules, repayments; the ports PLEDGES fills. */
@Module({
  imports: IMPORTS,
  providers: [...LOAN_PORT_PROVIDERS, ...SERVICES, LoanApplicationResolver, LoanResolver],
  exports: [DISBURSEMENT_GUARDS, PLEDGE_RELEASE_HOOKS, ...SERVICES],
})
export class LoansModule {}

/** The worker's side: the daily overdue sweep. */
@Module({
  imports: IMPORTS,
  providers: [...LOAN_PORT_PROVIDERS, ...SERVICES, LoansJobs],
  exports: [DISBURSEMENT_GUARDS, PLEDGE_RELEASE_HOOKS, ...SERVICES],
})
export class LoansJobsModule {}
