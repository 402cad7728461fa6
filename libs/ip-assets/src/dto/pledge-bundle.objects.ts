import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Connection } from '@zhirong/core';
import { CollateralKind } from '../entities/ip-asset.enums';
import { PledgeBundle as PledgeBundleEntity } from '../entities/pledge-bundle.entity';

// Named like its GraphQL type so Connection() calls the edge PledgeBundleEdge.
@ObjectType('PledgeBundle', {
  description: '质押组合 — several of one firm’s IP assets offered together (打包/组合质押), perhaps with other security',
})
class PledgeBundle {
  @Field(() => ID, { description: 'Bundle id' })
  id!: string;

  @Field(() => ID, { description: '企业 id — the firm whose assets these are' })
  ownerId!: string;

  @Field({ description: '名称 — name' })
  name!: string;

  @Field(() => [CollateralKind], { description: '其他担保 — other security offered with the IP' })
  otherCollateral!: CollateralKind[];

  @Field({ description: '创建时间 — when it was put together' })
  createdAt!: Date;

  static from(bundle: PledgeBundleEntity): PledgeBundle {
    return { id: bundle.id, ownerId: bundle.enterpriseId, name: bundle.name, otherCollateral: bundle.otherCollateral, createdAt: bundle.createdAt };
  }
}
export { PledgeBundle as PledgeBundleObject };

@ObjectType({ description: '质押组合列表 — a page of pledge bundles' })
export class PledgeBundleConnection extends Connection(PledgeBundle) {}
