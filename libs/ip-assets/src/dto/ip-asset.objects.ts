import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Connection } from '@zhirong/core';
import { IpAsset as IpAssetEntity } from '../entities/ip-asset.entity';
import { IP_TYPE_LABELS, IpType, LegalStatus, PledgeStatus } from '../entities/ip-asset.enums';

// Named like its GraphQL type (and exported under another name) because
// Connection() names the edge type after the class: IpAssetEdge, not IpAssetObjectEdge.
@ObjectType('IpAsset', { description: '知识产权 — an IP asset (patent, trademark, copyright …) owned by one enterprise' })
class IpAsset {
  @Field(() => ID, { description: 'IP asset id' })
  id!: string;

  @Field(() => IpType, { description: '类型 — kind of IP' })
  type!: IpType;

  @Field({ description: '类型名称 — the Chinese name of the type, e.g. 发明专利' })
  typeLabel!: string;

  @Field({ description: '登记号/申请号 — registration or application number, e.g. CN202310123456.6' })
  number!: string;

  @Field({ description: '名称 — title' })
  title!: string;

  @Field({ description: '摘要 — abstract (may be empty)' })
  abstract!: string;

  @Field(() => ID, { description: '权利人 id — id of the owning enterprise' })
  ownerId!: string;

  @Field(() => [String], { description: 'IPC 分类号 — IPC symbols of a patent, e.g. "H01M 10/052"' })
  ipcClasses!: string[];

  @Field(() => [Int], { description: '尼斯分类 — Nice classes 1–45 of a trademark' })
  niceClasses!: number[];

  @Field(() => String, { nullable: true, description: '申请日 — filing date (YYYY-MM-DD)' })
  filedOn!: string | null;

  @Field(() => String, { nullable: true, description: '授权/登记日 — grant or registration date (YYYY-MM-DD)' })
  grantedOn!: string | null;

  @Field(() => String, { nullable: true, description: '到期日 — expiry date (YYYY-MM-DD)' })
  expiresOn!: string | null;

  @Field(() => LegalStatus, { description: '法律状态 — legal status' })
  legalStatus!: LegalStatus;

  @Field(() => PledgeStatus, { description: '质押状态 — pledge status; changed by loans and disposal, not by edits' })
  pledgeStatus!: PledgeStatus;

  @Field({ description: '是否实施 — whether the IP is used in production (被质押专利实施率 is a policy target)' })
  implemented!: boolean;

  @Field({ description: '登记时间 — when it was registered on the platform' })
  createdAt!: Date;

  @Field({ description: '更新时间 — when it last changed' })
  updatedAt!: Date;

  static from(asset: IpAssetEntity): IpAsset {
    return {
      id: asset.id,
      type: asset.type,
      typeLabel: IP_TYPE_LABELS[asset.type],
      number: asset.number,
      title: asset.title,
      abstract: asset.abstract,
      ownerId: asset.enterpriseId,
      ipcClasses: asset.ipcClasses,
      niceClasses: asset.niceClasses,
      filedOn: asset.filedOn,
      grantedOn: asset.grantedOn,
      expiresOn: asset.expiresOn,
      legalStatus: asset.legalStatus,
      pledgeStatus: asset.pledgeStatus,
      implemented: asset.implemented,
      createdAt: asset.createdAt,
      updatedAt: asset.updatedAt,
    };
  }
}
export { IpAsset as IpAssetObject };

@ObjectType({ description: '知识产权列表 — a page of IP assets' })
export class IpAssetConnection extends Connection(IpAsset) {}
