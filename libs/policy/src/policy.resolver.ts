import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Actor, CurrentActor, pageComplexity, Role, Roles } from '@zhirong/core';
import { CreatePolicyVersionInput, EffectivePolicyObject, PolicyRegionObject, RegionalPoliciesArgs, RegionalPolicyConnection, RegionalPolicyObject } from './dto/policy.objects';
import { PolicyEditorService } from './policy-editor.service';

@Resolver(() => RegionalPolicyObject)
export class PolicyResolver {
  constructor(private readonly editor: PolicyEditorService) {}

  @Query(() => RegionalPolicyConnection, {
    description: "区域政策版本 — the versions of a region's policy (or the national default's), newest first; drafts only for the offices that manage them",
    complexity: pageComplexity,
  })
  async regionalPolicies(@CurrentActor() actor: Actor, @Args() args: RegionalPoliciesArgs): Promise<RegionalPolicyConnection> {
    const page = await this.editor.list(actor, args);
    return { ...page, edges: page.edges.map((e) => ({ cursor: e.cursor, node: RegionalPolicyObject.from(e.node) })) };
  }

  @Query(() => RegionalPolicyObject, { description: '区域政策版本 — one version by id (a draft only for the offices that manage it)' })
  async regionalPolicy(@CurrentActor() actor: Actor, @Args('id', { type: () => ID, description: '版本 id' }) id: string): Promise<RegionalPolicyObject> {
    return RegionalPolicyObject.from(await this.editor.get(actor, id));
  }

  @Query(() => [PolicyRegionObject], { description: '有政策的地区 — regions with versions you may read, and your own region' })
  async policyRegions(@CurrentActor() actor: Actor): Promise<PolicyRegionObject[]> {
    return this.editor.regions(actor);
  }

  @Query(() => EffectivePolicyObject, {
    description: "适用政策 — the published version that governs a region on a day: its own, the nearest region's above it, or the national default",
  })
  async effectivePolicy(
    @Args('regionId', { type: () => ID, description: '地区 id' }) regionId: string,
    @Args('onDate', { nullable: true, description: '日期 (YYYY-MM-DD, default today in Asia/Shanghai)' }) onDate?: string,
  ): Promise<EffectivePolicyObject> {
    const e = await this.editor.effective(regionId, onDate ?? undefined);
    return { policy: RegionalPolicyObject.from(e.policy), sourceRegionId: e.sourceRegionId, sourceRegionName: e.sourceRegionName, national: e.national };
  }

  @Roles(Role.GOV_OFFICER)
  @Mutation(() => RegionalPolicyObject, { description: '新建政策版本 — an office drafts a version of a policy in its region subtree (the platform the national default)' })
  async createPolicyVersion(@CurrentActor() actor: Actor, @Args('input', { description: '版本内容' }) input: CreatePolicyVersionInput): Promise<RegionalPolicyObject> {
    return RegionalPolicyObject.from(await this.editor.createVersion(actor, input));
  }

  @Roles(Role.GOV_OFFICER)
  @Mutation(() => RegionalPolicyObject, { description: '发布政策版本 — the draft applies from its first day; the version it replaces ends the day before' })
  async publishPolicyVersion(@CurrentActor() actor: Actor, @Args('policyId', { type: () => ID, description: '版本 id' }) policyId: string): Promise<RegionalPolicyObject> {
    return RegionalPolicyObject.from(await this.editor.publishVersion(actor, policyId));
  }
}
