import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Actor, ConnectionArgs, CurrentActor, Loaders, RequestLoaders, pageComplexity } from '@zhirong/core';
import { OrganizationObject, Region, RegionObject } from '@zhirong/identity';
import { CreateLoanProductInput, LoanProductFilter, LoanProductSort, UpdateLoanProductInput } from './dto/loan-product.inputs';
import { LoanProductConnection, LoanProductObject } from './dto/loan-product.objects';
import { LoanProductService, OrganizationWithRegion } from './loan-product.service';

@Resolver(() => LoanProductObject)
export class LoanProductResolver {
  constructor(private readonly products: LoanProductService) {}

  @Query(() => LoanProductConnection, {
    description: '产品资源库 — loan products: the active ones for everyone signed in, plus a bank’s own drafts and archive',
    complexity: pageComplexity,
  })
  async loanProducts(
    @CurrentActor() actor: Actor,
    @Args() args: ConnectionArgs,
    @Args('filter', { type: () => LoanProductFilter, nullable: true, description: '筛选 — conditions, all of which must hold' }) filter?: LoanProductFilter,
    @Args('sort', { type: () => LoanProductSort, nullable: true, description: '排序 — order; newest first by default' }) sort?: LoanProductSort,
  ): Promise<LoanProductConnection> {
    const page = await this.products.list(actor, args, filter ?? {}, sort);
    return { ...page, edges: page.edges.map((e) => ({ cursor: e.cursor, node: LoanProductObject.from(e.node) })) };
  }

  @Query(() => LoanProductObject, { nullable: true, description: '金融产品 — one loan product' })
  async loanProduct(@CurrentActor() actor: Actor, @Args('id', { type: () => ID, description: 'Product id' }) id: string): Promise<LoanProductObject> {
    return LoanProductObject.from(await this.products.get(actor, id));
  }

  @Mutation(() => LoanProductObject, { description: '发布金融产品 — a bank officer publishes a product for their bank' })
  async createLoanProduct(
    @CurrentActor() actor: Actor,
    @Args('input', { description: '新金融产品 — the product to create as a draft' }) input: CreateLoanProductInput,
  ): Promise<LoanProductObject> {
    return LoanProductObject.from(await this.products.create(actor, input));
  }

  @Mutation(() => LoanProductObject, { description: '修改金融产品 — the bank that owns the product changes it (not once archived)' })
  async updateLoanProduct(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID, description: 'Product id' }) id: string,
    @Args('input', { description: '修改内容 — the fields to change' }) input: UpdateLoanProductInput,
  ): Promise<LoanProductObject> {
    return LoanProductObject.from(await this.products.update(actor, id, input));
  }

  @Mutation(() => LoanProductObject, { description: '下架金融产品 — the bank that owns the product archives it for good' })
  async archiveLoanProduct(@CurrentActor() actor: Actor, @Args('id', { type: () => ID, description: 'Product id' }) id: string): Promise<LoanProductObject> {
    return LoanProductObject.from(await this.products.archive(actor, id));
  }

  @ResolveField('bank', () => OrganizationObject, { description: '发布银行 — the bank that offers the product' })
  async bank(@Parent() product: LoanProductObject, @Loaders() loaders: RequestLoaders): Promise<OrganizationObject> {
    const bank = await loaders.get<string, OrganizationWithRegion | null>('products.organization', (ids) => this.products.organizationsByIds(ids)).load(product.bankId);
    if (!bank) throw new Error(`Bank ${product.bankId} of product ${product.id} is missing`);
    return OrganizationObject.from(bank);
  }

  @ResolveField('regions', () => [RegionObject], { description: '适用地区 — regions the product is offered in; empty means everywhere' })
  async regions(@Parent() product: LoanProductObject, @Loaders() loaders: RequestLoaders): Promise<RegionObject[]> {
    if (product.regionPaths.length === 0) return [];
    const regions = await loaders.get<string, Region | null>('products.regionByPath', (paths) => this.products.regionsByPaths(paths)).loadMany(product.regionPaths);
    return regions.filter((r): r is Region => r !== null && !(r instanceof Error)).map(RegionObject.from);
  }
}
