import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LOAN_ENTITIES } from './entities';
import { DISBURSEMENT_GUARDS, LOAN_PORT_PROVIDERS, PLEDGE_RELEASE_HOOKS } from './loan.ports';

const PROVIDERS = [...LOAN_PORT_PROVIDERS];

/** Loans for the API: applications, decisions, loans, schedules, repayments; the ports PLEDGES fills. */
@Module({
  imports: [TypeOrmModule.forFeature(LOAN_ENTITIES)],
  providers: PROVIDERS,
  exports: [DISBURSEMENT_GUARDS, PLEDGE_RELEASE_HOOKS],
})
export class LoansModule {}

/** The worker's side: the daily overdue job. */
@Module({
  imports: [TypeOrmModule.forFeature(LOAN_ENTITIES)],
  providers: PROVIDERS,
  exports: [DISBURSEMENT_GUARDS, PLEDGE_RELEASE_HOOKS],
})
export class LoansJobsModule {}
