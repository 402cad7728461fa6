import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ACCESS_ENTITIES } from '@zhirong/access';
import { ENTERPRISE_ENTITIES } from '@zhirong/enterprises';
import { IDENTITY_ENTITIES } from '@zhirong/identity';
import { ScreeningRuleSet } from './entities/screening-rule-set.entity';
import { WhitelistBatch, WhitelistEntry } from './entities/whitelist-batch.entity';
import { WhitelistNomination } from './entities/whitelist-nomination.entity';
import { BankWebhook, WhitelistDelivery, WhitelistPush } from './entities/whitelist-push.entity';
import { WhitelistResponse } from './entities/whitelist-response.entity';
import { BankWebhookService } from './bank-webhook.service';
import { DeliverWhitelistJob } from './jobs/deliver-whitelist.job';
import { WhitelistPushService } from './whitelist-push.service';
import { WhitelistResponseService } from './whitelist-response.service';
import { WhitelistResolver } from './whitelist.resolver';
import { WhitelistService } from './whitelist.service';

export const WHITELIST_ENTITIES = [ScreeningRuleSet, WhitelistBatch, WhitelistEntry, WhitelistNomination, WhitelistPush, WhitelistDelivery, BankWebhook, WhitelistResponse];

// Enterprises and organisations are read (screening, visibility, names); their domains own the tables.
// Revocations are read here too; the access module registers no entity (see access.module.ts).
const FEATURE = TypeOrmModule.forFeature([...WHITELIST_ENTITIES, ...ENTERPRISE_ENTITIES, ...IDENTITY_ENTITIES, ...ACCESS_ENTITIES]);

/** The API side: screening, batches, pushes, answers and browsing. */
@Module({
  imports: [FEATURE],
  providers: [WhitelistService, WhitelistPushService, BankWebhookService, WhitelistResponseService, WhitelistResolver],
  exports: [WhitelistService, WhitelistPushService],
})
export class WhitelistModule {}

/** The worker side: the delivery job handler (and the boot-time encryption of secrets stored in clear). */
@Module({
  imports: [FEATURE],
  providers: [WhitelistPushService, BankWebhookService, DeliverWhitelistJob],
})
export class WhitelistJobsModule {}
