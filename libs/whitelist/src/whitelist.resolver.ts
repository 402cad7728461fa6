import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Actor, ConnectionArgs, CurrentActor, MAX_PAGE_SIZE, pageComplexity, Roles, Role } from '@zhirong/core';
import { RegionWords } from '@zhirong/identity';
import { DataSource } from 'typeorm';
import { WhitelistEntryPageArgs } from './dto/whitelist.inputs';
import {
  DefineScreeningRulesInput,
  NominateWhitelistFirmInput,
  RunWhitelistScreeningInput,
  WhitelistedFirmFilter,
  WhitelistEntryChangeInput,
  WhitelistResponseFilter,
  WhitelistResponseInput,
} from './dto/whitelist.inputs';
import {
  BankAccessRevocationConnection,
  BankWebhookObject,
  ScreeningRuleSetObject,
  WhitelistBatchConnection,
  WhitelistBatchObject,
  WhitelistedFirmConnection,
  WhitelistEntryObject,
  WhitelistInterestObject,
  WhitelistNominationObject,
  WhitelistOrganizationObject,
  WhitelistPushObject,
  WhitelistResponseConnection,
  WhitelistResponseObject,
} from './dto/whitelist.objects';
import { WhitelistEntry } from './entities/whitelist-batch.entity';
import { WhitelistNomination } from './entities/whitelist-nomination.entity';
import { WhitelistPush } from './entities/whitelist-push.entity';
import { WhitelistPushService } from './whitelist-push.service';
import { BankWebhookService } from './bank-webhook.service';
import { WhitelistResponseService } from './whitelist-response.service';
import { WhitelistService } from './whitelist.service';

function entryObject(e: WhitelistEntry & { enterpriseName?: string }, name?: string): WhitelistEntryObject {
  return {
    id: e.id,
    enterpriseId: e.enterpriseId,
    enterpriseName: name ?? e.enterpriseName ?? '',
    score: e.score,
    included: e.included,
    nominated: e.nominated,
    manualChange: e.manualChange,
    manualReason: e.manualReason,
    reasons: e.reasons,
  };
}

function nominationObject(n: WhitelistNomination): WhitelistNominationObject {
  return { id: n.id, enterpriseId: n.enterpriseId, nominatorId: n.nominatorOrganizationId, officeId: n.targetOfficeOrganizationId, reason: n.reason, createdAt: n.createdAt };
}

@Resolver(() => WhitelistBatchObject)
export class WhitelistResolver {
  private readonly regionWords: RegionWords;

  constructor(
    private readonly whitelist: WhitelistService,
    private readonly pushes: WhitelistPushService,
    private readonly webhooks: BankWebhookService,
    private readonly responses: WhitelistResponseService,
    dataSource: DataSource,
  ) {
    this.regionWords = new RegionWords(dataSource);
  }

  @Roles(Role.GOV_OFFICER)
  @Mutation(() => ScreeningRuleSetObject, { description: '定义筛选规则 — an office sets its region’s screening criteria (a new version each call)' })
  async defineScreeningRules(
    @CurrentActor() actor: Actor,
    @Args('input', { description: '筛选规则 — the criteria of the new rule version' }) input: DefineScreeningRulesInput,
  ): Promise<ScreeningRuleSetObject> {
    return ScreeningRuleSetObject.from(await this.whitelist.defineRules(actor, input));
  }

  @Roles(Role.GOV_OFFICER)
  @Query(() => [ScreeningRuleSetObject], { description: '筛选规则 — the versions of your region’s rules, newest first' })
  async screeningRuleSets(@CurrentActor() actor: Actor): Promise<ScreeningRuleSetObject[]> {
    return (await this.whitelist.ruleSets(actor)).map(ScreeningRuleSetObject.from);
  }

  @Roles(Role.GOV_OFFICER)
  @Mutation(() => WhitelistBatchObject, { description: '运行白名单筛选 — screen your region’s firms into a new DRAFT batch, nominations merged' })
  async runWhitelistScreening(
    @CurrentActor() actor: Actor,
    @Args('input', { description: '筛选参数 — which rule version to screen with' }) input: RunWhitelistScreeningInput,
  ): Promise<WhitelistBatchObject> {
    return WhitelistBatchObject.from(await this.whitelist.runScreening(actor, input));
  }

  @Query(() => WhitelistBatchObject, { nullable: true, description: '白名单批次 — entries with reasons and push progress per bank (offices of the region)' })
  async whitelistBatch(@CurrentActor() actor: Actor, @Args('id', { type: () => ID, description: '批次 id — the batch to read' }) id: string): Promise<WhitelistBatchObject> {
    return WhitelistBatchObject.from(await this.whitelist.getBatch(actor, id));
  }

  @Roles(Role.GOV_OFFICER)
  @Query(() => WhitelistBatchConnection, { description: '白名单批次列表 — your office’s batches, newest version first', complexity: pageComplexity })
  async whitelistBatches(@CurrentActor() actor: Actor, @Args() args: ConnectionArgs): Promise<WhitelistBatchConnection> {
    const page = await this.whitelist.listBatches(actor, args);
    return { ...page, edges: page.edges.map((e) => ({ cursor: e.cursor, node: WhitelistBatchObject.from(e.node) })) };
  }

  @Roles(Role.GOV_OFFICER)
  @Mutation(() => WhitelistBatchObject, { description: '发布批次 — freeze a DRAFT batch; the office’s previous published batch becomes SUPERSEDED' })
  async publishWhitelistBatch(
    @CurrentActor() actor: Actor,
    @Args('batchId', { type: () => ID, description: '批次 id — the DRAFT batch to publish' }) batchId: string,
  ): Promise<WhitelistBatchObject> {
    return WhitelistBatchObject.from(await this.whitelist.publish(actor, batchId));
  }

  @Roles(Role.GOV_OFFICER)
  @Mutation(() => WhitelistEntryObject, { description: '人工加入 — add a firm of your region to a DRAFT batch, with a reason (audited)' })
  async addWhitelistFirm(
    @CurrentActor() actor: Actor,
    @Args('input', { description: '人工加入 — the batch, the firm and the reason' }) input: WhitelistEntryChangeInput,
  ): Promise<WhitelistEntryObject> {
    return entryObject(await this.whitelist.addFirm(actor, input));
  }

  @Roles(Role.GOV_OFFICER)
  @Mutation(() => WhitelistEntryObject, { description: '人工移出 — take a firm out of a DRAFT batch, with a reason (audited)' })
  async removeWhitelistFirm(
    @CurrentActor() actor: Actor,
    @Args('input', { description: '人工移出 — the batch, the firm and the reason' }) input: WhitelistEntryChangeInput,
  ): Promise<WhitelistEntryObject> {
    return entryObject(await this.whitelist.removeFirm(actor, input));
  }

  @Roles(Role.GOV_OFFICER, Role.PARK_OFFICER, Role.BANK_OFFICER)
  @Mutation(() => WhitelistNominationObject, { description: '推荐企业 — a park, lower office or bank proposes a firm for a higher office’s next batch (上下联动)' })
  async nominateWhitelistFirm(
    @CurrentActor() actor: Actor,
    @Args('input', { description: '推荐 — the firm, the office and the reason' }) input: NominateWhitelistFirmInput,
  ): Promise<WhitelistNominationObject> {
    return nominationObject(await this.whitelist.nominate(actor, input));
  }

  @Roles(Role.GOV_OFFICER)
  @Mutation(() => WhitelistPushObject, { description: '推送批次 — send a published batch to banks (default: every bank in or above the region); delivered by background jobs' })
  async pushWhitelistBatch(
    @CurrentActor() actor: Actor,
    @Args('batchId', { type: () => ID, description: '批次 id — the published batch to push' }) batchId: string,
    @Args('bankIds', { type: () => [ID], nullable: true, description: '银行 — banks in or above the batch’s region; all of them by default' }) bankIds?: string[] | null,
  ): Promise<WhitelistPushObject> {
    const push = await this.pushes.push(actor, batchId, bankIds);
    return this.pushObject(push);
  }

  @Roles(Role.GOV_OFFICER)
  @Mutation(() => Int, { description: '重新推送 — put a push’s dead (and stuck queued) deliveries back on the queue; answers how many' })
  async redriveWhitelistDeliveries(
    @CurrentActor() actor: Actor,
    @Args('pushId', { type: () => ID, description: '推送 id — the push whose failed deliveries to retry' }) pushId: string,
  ): Promise<number> {
    return this.pushes.redrive(actor, pushId);
  }

  @Roles(Role.BANK_OFFICER)
  @Mutation(() => BankWebhookObject, {
    description:
      '配置 Webhook — where your bank receives pushed firms (http/https to a public address: loopback, private, link-local, CGNAT and metadata addresses are refused, after DNS) and the HMAC secret, stored encrypted',
  })
  async configureBankWebhook(
    @CurrentActor() actor: Actor,
    @Args('url', { description: '回调地址 — the URL that receives pushed firms' }) url: string,
    @Args('secret', { description: '签名密钥 — the HMAC secret that signs each delivery' }) secret: string,
  ): Promise<BankWebhookObject> {
    const saved = await this.webhooks.configure(actor, url, secret);
    return { url: saved.url, updatedAt: saved.updatedAt };
  }

  @Roles(Role.BANK_OFFICER)
  @Query(() => BankWebhookObject, { nullable: true, description: '本行 Webhook — your bank’s webhook, if any' })
  async myBankWebhook(@CurrentActor() actor: Actor): Promise<BankWebhookObject | null> {
    const hook = await this.webhooks.webhookOf(actor);
    return hook ? { url: hook.url, updatedAt: hook.updatedAt } : null;
  }

  @Roles(Role.BANK_OFFICER)
  @Mutation(() => WhitelistResponseObject, { description: '银行反馈 — answer on a firm pushed to your bank; every answer is kept' })
  async respondToWhitelistedFirm(
    @CurrentActor() actor: Actor,
    @Args('input', { description: '银行反馈 — the firm, the answer and its details' }) input: WhitelistResponseInput,
  ): Promise<WhitelistResponseObject> {
    const r = await this.responses.respond(actor, input);
    const names = await this.responses.names([r.enterpriseId, r.bankOrganizationId]);
    return {
      id: r.id,
      enterpriseId: r.enterpriseId,
      enterpriseName: names.get(r.enterpriseId) ?? '',
      bank: { id: r.bankOrganizationId, name: names.get(r.bankOrganizationId) ?? '' },
      batchId: r.batchId,
      status: r.status,
      creditLine: r.creditLineFen === null ? null : { amountFen: r.creditLineFen, currency: 'CNY' },
      reason: r.reason,
      shareReasonWithFirm: r.shareReasonWithFirm,
      createdAt: r.createdAt,
    };
  }

  @Roles(Role.BANK_OFFICER)
  @Query(() => BankAccessRevocationConnection, {
    description: '访问权限撤销 — firms your bank no longer sees (e.g. dropped from a superseding whitelist batch), newest first',
    complexity: pageComplexity,
  })
  async bankAccessRevocations(@CurrentActor() actor: Actor, @Args() args: ConnectionArgs): Promise<BankAccessRevocationConnection> {
    return this.responses.accessRevocations(actor, args);
  }

  @Query(() => WhitelistResponseConnection, { description: '银行反馈 — answers on a batch’s firms, per firm and per bank (offices)', complexity: pageComplexity })
  async whitelistResponses(
    @CurrentActor() actor: Actor,
    @Args('batchId', { type: () => ID, description: '批次 id — the batch whose answers to list' }) batchId: string,
    @Args() args: ConnectionArgs,
    @Args('filter', { type: () => WhitelistResponseFilter, nullable: true, description: '筛选 — conditions, all of which must hold' }) filter?: WhitelistResponseFilter,
  ): Promise<WhitelistResponseConnection> {
    return this.responses.list(actor, batchId, args, filter ?? {});
  }

  @Roles(Role.ENTERPRISE_USER)
  @Query(() => [WhitelistInterestObject], { description: '银行意向 — which banks answered on your firm (decline reasons only when shared)' })
  async myWhitelistInterest(@CurrentActor() actor: Actor): Promise<WhitelistInterestObject[]> {
    return this.responses.myInterest(actor);
  }

  @Query(() => WhitelistedFirmConnection, { description: '白名单企业 — a bank: only firms pushed to it; an office: whitelisted firms of its region', complexity: pageComplexity })
  async whitelistedFirms(
    @CurrentActor() actor: Actor,
    @Args() args: ConnectionArgs,
    @Args('filter', { type: () => WhitelistedFirmFilter, nullable: true, description: '筛选 — conditions, all of which must hold' }) filter?: WhitelistedFirmFilter,
  ): Promise<WhitelistedFirmConnection> {
    return this.responses.whitelistedFirms(actor, args, filter ?? {});
  }

  @ResolveField('entries', () => [WhitelistEntryObject], {
    description: `条目 — firms with score and reasons, best first, at most ${MAX_PAGE_SIZE} at a time (page with offset; entryCount tells how many there are)`,
    complexity: pageComplexity,
  })
  async entries(@Parent() batch: WhitelistBatchObject, @Args() page: WhitelistEntryPageArgs): Promise<WhitelistEntryObject[]> {
    const rows = await this.whitelist.batchEntries(batch.id, page.includedOnly ?? false, { first: page.first ?? MAX_PAGE_SIZE, offset: page.offset ?? 0 });
    return rows.map((r) => entryObject(r));
  }

  @ResolveField('regionName', () => String, { description: '地区名称 — the batch’s region in words (上海市闵行区); regionPath is its code path' })
  async regionName(@Parent() batch: WhitelistBatchObject): Promise<string> {
    return this.regionWords.of(batch.regionPath);
  }

  @ResolveField('entryCount', () => Int, { description: '条目数 — how many firms the batch screened' })
  async entryCount(@Parent() batch: WhitelistBatchObject): Promise<number> {
    return this.whitelist.entryCount(batch.id);
  }

  @ResolveField('includedCount', () => Int, { description: '入选企业数' })
  async includedCount(@Parent() batch: WhitelistBatchObject): Promise<number> {
    return this.whitelist.includedCount(batch.id);
  }

  @ResolveField('pushes', () => [WhitelistPushObject], { description: '推送 — each push with its progress per bank' })
  async pushesOf(@Parent() batch: WhitelistBatchObject): Promise<WhitelistPushObject[]> {
    const pushes = await this.pushes.pushesOf(batch.id);
    return Promise.all(pushes.map((p) => this.pushObject(p)));
  }

  @ResolveField('pushableBanks', () => [WhitelistOrganizationObject], { description: '可推送银行 — the banks this batch may be pushed to: in, above or below its region' })
  async pushableBanks(@Parent() batch: WhitelistBatchObject): Promise<WhitelistOrganizationObject[]> {
    return this.pushes.eligibleBanks(batch.regionPath);
  }

  private async pushObject(push: WhitelistPush & { total: number }): Promise<WhitelistPushObject> {
    return { id: push.id, batchId: push.batchId, createdAt: push.createdAt, total: push.total, perBank: await this.pushes.progress(push) };
  }
}
