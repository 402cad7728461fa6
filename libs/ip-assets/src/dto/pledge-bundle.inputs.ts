import { Field, ID, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsEnum, IsOptional, IsString, IsUUID, Length, Matches } from 'class-validator';
import { CollateralKind } from '../entities/ip-asset.enums';

export const MAX_BUNDLE_ASSETS = 50;

@InputType({ description: '创建质押组合 — offer several of a firm’s IP assets together (打包/组合质押)' })
export class CreatePledgeBundleInput {
  @Field(() => ID, { description: '企业 — the firm whose assets these are' })
  @IsUUID()
  enterpriseId!: string;

  @Field({ description: '名称 — name, 1–200 characters' })
  @IsString()
  @Length(1, 200)
  @Matches(/\S/, { message: 'name must not be blank' })
  name!: string;

  @Field(() => [ID], {
    description: `知识产权 — 1–${MAX_BUNDLE_ASSETS} of the firm's assets, each legally VALID and FREE (not pledged), none twice`,
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_BUNDLE_ASSETS)
  @IsUUID('all', { each: true })
  assetIds!: string[];

  @Field(() => [CollateralKind], { nullable: true, description: '其他担保 — physical collateral, credit or equity pledge offered as well' })
  @IsOptional()
  @IsArray()
  @IsEnum(CollateralKind, { each: true })
  otherCollateral?: CollateralKind[];
}
