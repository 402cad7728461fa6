import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { LegalStatus } from '@zhirong/ip-assets';
import { IsEnum, IsString, Matches, MaxLength } from 'class-validator';
import { LegalStatusChange, LegalStatusSource, LoanAlert } from '../entities/monitoring.entity';

registerEnumType(LegalStatusSource, {
  name: 'LegalStatusSource',
  description: '来源 — how a legal-status change reached the platform',
  valuesMap: {
    FEED_FILE: { description: 'Status feed file (状态数据文件)' },
    API: { description: 'Reported through the API (接口上报)' },
  },
});

@InputType({ description: '上报法律状态变更 — an asset’s new legal status, by its number' })
export class ReportLegalStatusChangeInput {
  @Field({ description: '专利号/注册号' })
  @IsString()
  @MaxLength(40)
  number!: string;

  @Field(() => LegalStatus)
  @IsEnum(LegalStatus)
  status!: LegalStatus;

  @Field({ description: '生效日期 — YYYY-MM-DD' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'must be a date written YYYY-MM-DD' })
  effectiveOn!: string;
}

@ObjectType('LegalStatusChange', { description: '法律状态变更 — a reported change of an asset’s legal status' })
export class LegalStatusChangeObject {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  ipAssetId!: string;

  @Field(() => LegalStatus)
  fromStatus!: LegalStatus;

  @Field(() => LegalStatus)
  toStatus!: LegalStatus;

  @Field()
  effectiveOn!: string;

  @Field(() => LegalStatusSource)
  source!: LegalStatusSource;

  @Field(() => Int, { description: '预警贷款数 — live loans of the asset whose banks were alerted' })
  alertedLoans!: number;

  static from(c: LegalStatusChange, alertedLoans: number): LegalStatusChangeObject {
    return { id: c.id, ipAssetId: c.ipAssetId, fromStatus: c.fromStatus, toStatus: c.toStatus, effectiveOn: c.effectiveOn, source: c.source, alertedLoans };
  }
}

@ObjectType('LegalStatusFeedProblem', { description: '导入问题 — a line of the feed file that was not applied' })
export class LegalStatusFeedProblemObject {
  @Field(() => Int, { description: '行号 — from 1' })
  line!: number;

  @Field()
  message!: string;
}

@ObjectType('LegalStatusFeedImport', { description: '状态数据导入结果' })
export class LegalStatusFeedImportObject {
  @Field(() => Int, { description: '已变更' })
  changed!: number;

  @Field(() => Int, { description: '无变化 — the asset had that status already' })
  unchanged!: number;

  @Field(() => Int, { description: '预警数 — loan alerts raised' })
  alerts!: number;

  @Field(() => [LegalStatusFeedProblemObject])
  problems!: LegalStatusFeedProblemObject[];
}

@ObjectType('LoanAlert', { description: '贷中预警 — an alert on a loan, e.g. a pledged asset’s legal status changed' })
export class LoanAlertObject {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  loanId!: string;

  @Field(() => ID)
  ipAssetId!: string;

  @Field()
  message!: string;

  @Field()
  createdAt!: Date;

  static from(a: LoanAlert): LoanAlertObject {
    return { id: a.id, loanId: a.loanId, ipAssetId: a.ipAssetId, message: a.message, createdAt: a.createdAt };
  }
}
