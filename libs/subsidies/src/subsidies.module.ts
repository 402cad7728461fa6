import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { PolicyCoreModule } from '@zhirong/policy';
import { CompensationService } from './compensation.service';
import { SUBSIDY_ENTITIES } from './entities';
import { FraudService } from './fraud.service';
import { RewardService } from './reward.service';
import { RewardResolver } from './rewards.resolver';
import { SubsidyDecisionService } from './subsidy-decision.service';
import { SubsidyService } from './subsidy.service';
import { CompensationResolver, EnterpriseCreditResolver, LoanSubsidiesResolver, SubsidyResolver } from './subsidies.resolver';

const SERVICES = [SubsidyService, CompensationService, SubsidyDecisionService, FraudService, RewardService];

/** Subsidies (补贴), risk compensation (风险补偿), budgets and fraud for the API. */
@Module({
  imports: [TypeOrmModule.forFeature(SUBSIDY_ENTITIES), PolicyCoreModule],
  providers: [...SERVICES, SubsidyResolver, CompensationResolver, LoanSubsidiesResolver, EnterpriseCreditResolver, RewardResolver],
  exports: SERVICES,
})
export class SubsidiesModule {}
