// Listed by hand (not globbed) so every runner — apps, CLI, tests — sees the same set in the same order.
import { RewardApplications1796596756075 } from './1796596756075-reward-applications';
import { LoanMonthFacts1796593290047 } from './1796593290047-loan-month-facts';
import { LoanAlertWebhookDelivery1796594368809 } from './1796594368809-loan-alert-webhook-delivery';
import { SubsidiesAndCompensation1796593496610 } from './1796593496610-subsidies-and-compensation';
import { LoanMonitoring1796409086201 } from './1796409086201-loan-monitoring';
import { PledgeRegistrations1796407488401 } from './1796407488401-pledge-registrations';
import { WorkingDayCalendar1796407069319 } from './1796407069319-working-day-calendar';
import { RegionalPolicies1796407066489 } from './1796407066489-regional-policies';
import { Loans1796407022089 } from './1796407022089-loans';
import { EventReferences1796329204759 } from './1796329204759-event-references';
import { Notifications1796323841755 } from './1796323841755-notifications';
import { NeedInterestKeys1796305693348 } from './1796305693348-need-interest-keys';
import { JobOutbox1796302195668 } from './1796302195668-job-outbox';
import { DatabaseInvariants1796301160171 } from './1796301160171-database-invariants';
import { SearchOutboxDeadLetters1796301151822 } from './1796301151822-search-outbox-dead-letters';
import { NeedLibrary1796301143578 } from './1796301143578-need-library';
import { UserTokenVersion1796247893960 } from './1796247893960-user-token-version';
import { EnterpriseFactDeclarations1796245928825 } from './1796245928825-enterprise-fact-declarations';
import { SealedWebhookSecrets1796202771685 } from './1796202771685-sealed-webhook-secrets';
import { BankAccessRevocations1796206213226 } from './1796206213226-bank-access-revocations';
import { AuditByOrganization1795627159689 } from './1795627159689-audit-by-organization';
import { ValuationEngagements1795626060949 } from './1795626060949-valuation-engagements';
import { EnterpriseAnnualRevenue1795625777240 } from './1795625777240-enterprise-annual-revenue';
import { WhitelistDeliveryHotUpdates1795625151700 } from './1795625151700-whitelist-delivery-hot-updates';
import { WhitelistChunks1795620853168 } from './1795620853168-whitelist-chunks';
import { Whitelist1795619793028 } from './1795619793028-whitelist';
import { Matching1795619621164 } from './1795619621164-matching';
import { SearchOutbox1795619446899 } from './1795619446899-search-outbox';
import { MillisecondTimestamps1795619197917 } from './1795619197917-millisecond-timestamps';
import { CoreDomain1795618393163 } from './1795618393163-core-domain';
import { Initial1795617301161 } from './1795617301161-initial';
import { RegionPathFollowsEnterprise1795622996263 } from './1795622996263-region-path-follows-enterprise';
import { MatchmakingEvents1796324241919 } from './1796324241919-matchmaking-events';
import type { MigrationInterface } from 'typeorm';

export const MIGRATIONS: (new () => MigrationInterface)[] = [
  Initial1795617301161,
  CoreDomain1795618393163,
  MillisecondTimestamps1795619197917,
  SearchOutbox1795619446899,
  Matching1795619621164,
  Whitelist1795619793028,
  WhitelistChunks1795620853168,
  RegionPathFollowsEnterprise1795622996263,
  WhitelistDeliveryHotUpdates1795625151700,
  EnterpriseAnnualRevenue1795625777240,
  ValuationEngagements1795626060949,
  AuditByOrganization1795627159689,
  SealedWebhookSecrets1796202771685,
  BankAccessRevocations1796206213226,
  EnterpriseFactDeclarations1796245928825,
  UserTokenVersion1796247893960,
  NeedLibrary1796301143578,
  SearchOutboxDeadLetters1796301151822,
  DatabaseInvariants1796301160171,
  JobOutbox1796302195668,
  NeedInterestKeys1796305693348,
  Notifications1796323841755,
  MatchmakingEvents1796324241919,
  EventReferences1796329204759,
  Loans1796407022089,
  RegionalPolicies1796407066489,
  WorkingDayCalendar1796407069319,
  PledgeRegistrations1796407488401,
  LoanMonitoring1796409086201,
  LoanMonthFacts1796593290047,
  SubsidiesAndCompensation1796593496610,
  LoanAlertWebhookDelivery1796594368809,
  RewardApplications1796596756075,
];
