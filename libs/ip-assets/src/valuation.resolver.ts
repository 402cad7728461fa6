import { Args, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { AccessService, Permission } from '@zhirong/access';
import { Actor, CurrentActor, Loaders, RequestLoaders } from '@zhirong/core';
import { OrganizationObject } from '@zhirong/identity';
import { RecordValuationInput, ReviewValuationInput } from './dto/valuation.inputs';
import { ValuationObject, ValuationReviewObject } from './dto/valuation.objects';
import { IpAssetLoaders } from './ip-assets.loaders';
import { ValuationService } from './valuation.service';

@Resolver(() => ValuationObject)
export class ValuationResolver {
  constructor(
    private readonly service: ValuationService,
    private readonly loaders: IpAssetLoaders,
    private readonly access: AccessService,
  ) {}

  @Mutation(() => ValuationObject, {
    description: '录入评估 — a valuation firm records its appraisal of an IP asset (value > 0, dated today or earlier, valid up to 3 years); history is kept',
  })
  async recordValuation(
    @CurrentActor() actor: Actor,
    @Args('input', { description: '评估 — the appraisal' }) input: RecordValuationInput,
  ): Promise<ValuationObject> {
    return ValuationObject.from(await this.service.record(actor, input));
  }

  @Mutation(() => ValuationReviewObject, {
    description: '评估复核 — a bank records its own figure for a valuation of a firm it sees; reviewing again replaces its earlier figure',
  })
  async reviewValuation(
    @CurrentActor() actor: Actor,
    @Args('input', { description: '复核 — the bank’s figure' }) input: ReviewValuationInput,
  ): Promise<ValuationReviewObject> {
    return ValuationReviewObject.from(await this.service.review(actor, input));
  }

  @ResolveField(() => OrganizationObject, { description: '评估机构 — the valuation firm that made it' })
  async valuer(@Parent() valuation: ValuationObject, @Loaders() loaders: RequestLoaders): Promise<OrganizationObject> {
    const org = await this.loaders.organization(loaders).load(valuation.valuerOrganizationId);
    if (!org) throw new Error(`Valuer ${valuation.valuerOrganizationId} of valuation ${valuation.id} is missing`);
    return OrganizationObject.from(org);
  }

  @ResolveField(() => [ValuationReviewObject], {
    description: '评估复核 — banks’ reviews of it; private to the reviewing bank (and the valuer of this valuation): other banks, the firm and the offices see none',
  })
  async reviews(
    @CurrentActor() actor: Actor,
    @Parent() valuation: ValuationObject,
    @Loaders() loaders: RequestLoaders,
  ): Promise<ValuationReviewObject[]> {
    // A review figure is the reviewing bank's credit judgement (access policy: VALUATION_REVIEW_READ).
    const reviews = await this.loaders.reviews(loaders).load(valuation.id);
    const allowed = this.access.loader(loaders, actor, Permission.VALUATION_REVIEW_READ);
    const visible = await Promise.all(reviews.map((r) => allowed.load(r.id)));
    return reviews.filter((_, i) => visible[i]).map(ValuationReviewObject.from);
  }
}

@Resolver(() => ValuationReviewObject)
export class ValuationReviewResolver {
  constructor(private readonly loaders: IpAssetLoaders) {}

  @ResolveField(() => OrganizationObject, { description: '复核银行 — the bank that reviewed' })
  async bank(@Parent() review: ValuationReviewObject, @Loaders() loaders: RequestLoaders): Promise<OrganizationObject> {
    const org = await this.loaders.organization(loaders).load(review.bankOrganizationId);
    if (!org) throw new Error(`Bank ${review.bankOrganizationId} of review ${review.id} is missing`);
    return OrganizationObject.from(org);
  }
}
