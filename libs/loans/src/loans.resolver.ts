import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Actor, CurrentActor, Loaders, pageComplexity, pickByKeys, RequestLoaders, Role, Roles } from '@zhirong/core';
import {
  ApplyForLoanInput,
  DecideLoanApplicationInput,
  DisburseLoanInput,
  LoanApplicationsArgs,
  LoansArgs,
  RecordRepaymentInput,
  RespondToCounterOfferInput,
  SetLoanRiskSharesInput,
  UploadLoanDocumentInput,
  WithdrawLoanApplicationInput,
} from './dto/loan.inputs';
import {
  LoanApplicationConnection,
  LoanApplicationObject,
  LoanApplicationTransitionObject,
  LoanConnection,
  LoanDocumentObject,
  LoanFeeObject,
  LoanInstalmentObject,
  LoanObject,
  LoanRiskShareObject,
  RepaymentObject,
} from './dto/loan.objects';
import { LoanApplicationService } from './loan-application.service';
import { LoanDocumentService } from './loan-document.service';
import { LoanService } from './loan.service';

@Resolver(() => LoanApplicationObject)
export class LoanApplicationResolver {
  constructor(
    private readonly applications: LoanApplicationService,
    private readonly documents: LoanDocumentService,
  ) {}

  @Roles(Role.ENTERPRISE_USER)
  @Mutation(() => LoanApplicationObject, {
    description:
      '申请贷款 — a firm applies from a match (needId + productId) or for a product directly; amount and term within the product’s ranges and the pledge ceiling (latest valid valuations × pledge rates). The bank sees the firm while the application is open',
  })
  async applyForLoan(@CurrentActor() actor: Actor, @Args('input', { description: '申请' }) input: ApplyForLoanInput): Promise<LoanApplicationObject> {
    return LoanApplicationObject.from(await this.applications.apply(actor, input));
  }

  @Roles(Role.BANK_OFFICER)
  @Mutation(() => LoanApplicationObject, {
    description: '审批贷款申请 — approve (the loan is contracted), counter-offer or decline with a reason; a stale expectedVersion is CONFLICT',
  })
  async decideLoanApplication(@CurrentActor() actor: Actor, @Args('input', { description: '决定' }) input: DecideLoanApplicationInput): Promise<LoanApplicationObject> {
    return LoanApplicationObject.from(await this.applications.decide(actor, input));
  }

  @Roles(Role.ENTERPRISE_USER)
  @Mutation(() => LoanApplicationObject, { description: '答复还价 — accept (APPROVED, the loan is contracted) or turn down (WITHDRAWN)' })
  async respondToCounterOffer(@CurrentActor() actor: Actor, @Args('input', { description: '答复' }) input: RespondToCounterOfferInput): Promise<LoanApplicationObject> {
    return LoanApplicationObject.from(await this.applications.respondToCounterOffer(actor, input));
  }

  @Roles(Role.ENTERPRISE_USER)
  @Mutation(() => LoanApplicationObject, { description: '撤回申请 — the firm withdraws an open application; the bank’s access through it ends' })
  async withdrawLoanApplication(@CurrentActor() actor: Actor, @Args('input', { description: '撤回' }) input: WithdrawLoanApplicationInput): Promise<LoanApplicationObject> {
    return LoanApplicationObject.from(await this.applications.withdraw(actor, input));
  }

  @Roles(Role.ENTERPRISE_USER)
  @Mutation(() => LoanDocumentObject, { description: '上传申请材料 — base64 content, at most 5 MB; the SHA-256 is recorded' })
  async uploadLoanDocument(@CurrentActor() actor: Actor, @Args('input', { description: '材料' }) input: UploadLoanDocumentInput): Promise<LoanDocumentObject> {
    return LoanDocumentObject.from(await this.documents.upload(actor, input));
  }

  @Query(() => LoanApplicationConnection, { description: '贷款申请 — newest first: a firm its own, a bank its queue, an office its region’s', complexity: pageComplexity })
  async loanApplications(@CurrentActor() actor: Actor, @Args() args: LoanApplicationsArgs): Promise<LoanApplicationConnection> {
    const page = await this.applications.list(actor, args);
    return { ...page, edges: page.edges.map((e) => ({ cursor: e.cursor, node: LoanApplicationObject.from(e.node) })) };
  }

  @Query(() => LoanApplicationObject, { description: '贷款申请 — one application' })
  async loanApplication(@CurrentActor() actor: Actor, @Args('id', { type: () => ID, description: '申请 id' }) id: string): Promise<LoanApplicationObject> {
    return LoanApplicationObject.from(await this.applications.one(actor, id));
  }

  @ResolveField(() => [LoanApplicationTransitionObject], { description: '流转记录 — every transition, oldest first' })
  async transitions(@Parent() app: LoanApplicationObject): Promise<LoanApplicationTransitionObject[]> {
    return (await this.documents.transitions(app.id)).map(LoanApplicationTransitionObject.from);
  }

  @ResolveField(() => [LoanDocumentObject], { description: '申请材料' })
  async documentList(@Parent() app: LoanApplicationObject): Promise<LoanDocumentObject[]> {
    return (await this.documents.ofApplication(app.id)).map(LoanDocumentObject.from);
  }
}

@Resolver(() => LoanObject)
export class LoanResolver {
  constructor(
    private readonly service: LoanService,
    private readonly applications: LoanApplicationService,
  ) {}

  @Roles(Role.BANK_OFFICER)
  @Mutation(() => LoanObject, {
    description: '放款 — the lending bank disburses a CONTRACTED loan (after every disbursement guard, e.g. pledge registration, passes); the schedule is written',
  })
  async disburseLoan(@CurrentActor() actor: Actor, @Args('input', { description: '放款' }) input: DisburseLoanInput): Promise<LoanObject> {
    return LoanObject.from(await this.service.disburse(actor, input));
  }

  @Roles(Role.BANK_OFFICER)
  @Mutation(() => RepaymentObject, {
    description: '记录还款 — allocated to the instalments due, oldest first; principal beyond them re-amortises the later instalments; full repayment → REPAID',
  })
  async recordRepayment(@CurrentActor() actor: Actor, @Args('input', { description: '还款' }) input: RecordRepaymentInput): Promise<RepaymentObject> {
    return RepaymentObject.from(await this.service.recordRepayment(actor, input));
  }

  @Roles(Role.BANK_OFFICER)
  @Mutation(() => LoanObject, { description: '设置风险分担 — the lending bank replaces the loan’s risk shares (sum 10,000 bp) with the parts passed on' })
  async setLoanRiskShares(@CurrentActor() actor: Actor, @Args('input', { description: '风险分担' }) input: SetLoanRiskSharesInput): Promise<LoanObject> {
    return LoanObject.from(await this.service.setRiskShares(actor, input));
  }

  @Query(() => LoanConnection, {
    description: '贷款 — newest first: a firm its own, a bank its own, risk-sharing parties theirs, an office its region’s',
    complexity: pageComplexity,
  })
  async loans(@CurrentActor() actor: Actor, @Args() args: LoansArgs): Promise<LoanConnection> {
    const page = await this.service.list(actor, args);
    return { ...page, edges: page.edges.map((e) => ({ cursor: e.cursor, node: LoanObject.from(e.node) })) };
  }

  @Query(() => LoanObject, { nullable: true, description: '贷款 — one loan with its schedule, repayments, risk shares, fees, registration and subsidies; FORBIDDEN or NOT_FOUND when you may not see it' })
  async loan(@CurrentActor() actor: Actor, @Args('id', { type: () => ID, description: '贷款 id' }) id: string): Promise<LoanObject> {
    return LoanObject.from(await this.service.one(actor, id));
  }

  @ResolveField(() => LoanApplicationObject, {
    nullable: true,
    description:
      '贷款申请 — the application the loan was contracted from (firm, bank and product names, pledged assets, conditions); null for a risk-sharing party that may not read it',
  })
  async application(@CurrentActor() actor: Actor, @Parent() loan: LoanObject, @Loaders() loaders: RequestLoaders): Promise<LoanApplicationObject | null> {
    const row = await loaders
      .get<string, LoanApplicationObject | null>('loan.application', async (ids) =>
        pickByKeys(ids, (await this.applications.named(actor, ids)).map(LoanApplicationObject.from), (a) => a.id),
      )
      .load(loan.applicationId);
    return row;
  }

  @ResolveField(() => [LoanInstalmentObject], { description: '还款计划 — empty until disbursement' })
  async schedule(@Parent() loan: LoanObject): Promise<LoanInstalmentObject[]> {
    return (await this.service.schedule(loan.id)).map(LoanInstalmentObject.from);
  }

  @ResolveField(() => [RepaymentObject], { description: '还款记录' })
  async repayments(@Parent() loan: LoanObject): Promise<RepaymentObject[]> {
    return (await this.service.repayments(loan.id)).map(RepaymentObject.from);
  }

  @ResolveField(() => [LoanRiskShareObject], { description: '风险分担' })
  async riskShares(@Parent() loan: LoanObject): Promise<LoanRiskShareObject[]> {
    return (await this.service.riskShares(loan.id)).map(LoanRiskShareObject.from);
  }

  @ResolveField(() => [LoanFeeObject], { description: '费用' })
  async fees(@Parent() loan: LoanObject): Promise<LoanFeeObject[]> {
    return (await this.service.fees(loan.id)).map(LoanFeeObject.from);
  }
}
