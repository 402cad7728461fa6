import { Args, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Actor, CurrentActor, isPlatformAdmin, Loaders, RequestLoaders, Role } from '@zhirong/core';
import { OrganizationObject } from '@zhirong/identity';
import { RecordValuationInput, ReviewValuationInput } from './dto/valuation.inputs';
import { ValuationObject, ValuationReviewObject } from './dto/valuation.objects';
import { ValuationReview } from './entities/valuation-review.entity';
import { IpAssetLoaders } from './ip-assets.loaders';
import { ValuationService } from './valuation.service';

/**
 * A bank's review figure is its own credit judgement: other banks never see it,
 * and a valuer sees the reviews of its own valuations only.
 */
export function reviewsVisibleTo(actor: Actor, valuation: ValuationObject, reviews: ValuationReview[]): ValuationReview[] {
  if (isPlatformAdmin(actor)) return reviews;
  if (actor.roles.includes(Role.BANK_OFFICER)) return reviews.filter((r) => r.bankOrganizationId === actor.organizationId);
  if (actor.roles.includes(Role.VALUER)) return valuation.valuerOrganizationId === actor.organizationId ? reviews : [];
  return reviews;
}

@Resolver(() => ValuationObject)
export class ValuationResolver {
  constructor(
    private readonly service: ValuationService,
    private readonly loaders: IpAssetLoaders,
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
    description: '评估复核 — banks’ reviews of it; a bank sees only its own, a valuer those of its own valuations',
  })
  async reviews(
    @CurrentActor() actor: Actor,
    @Parent() valuation: ValuationObject,
    @Loaders() loaders: RequestLoaders,
  ): Promise<ValuationReviewObject[]> {
    const reviews = await this.loaders.reviews(loaders).load(valuation.id);
    return reviewsVisibleTo(actor, valuation, reviews).map(ValuationReviewObject.from);
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
