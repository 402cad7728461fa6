import { RewardApplication } from './reward.entity';
import { CompensationClaim, CreditRecord, SubsidyApplication, SubsidyBudget, SubsidyClawback } from './subsidy.entities';

export * from './subsidy.enums';
export * from './subsidy.entities';
export * from './reward.entity';

export const SUBSIDY_ENTITIES = [SubsidyApplication, CompensationClaim, SubsidyBudget, CreditRecord, SubsidyClawback, RewardApplication];
