import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Actor, badInput, CurrentActor, Role, Roles } from '@zhirong/core';
import { LegalStatusChangeObject, LegalStatusFeedImportObject, LoanAlertObject, ReportLegalStatusChangeInput } from '../dto/monitoring.objects';
import { MonitoringService } from './monitoring.service';

@Resolver()
export class MonitoringResolver {
  constructor(private readonly monitoring: MonitoringService) {}

  @Roles(Role.GOV_OFFICER, Role.PLATFORM_ADMIN)
  @Mutation(() => LegalStatusChangeObject, {
    nullable: true,
    description: '上报法律状态变更 — an office (its region’s assets) or the platform’s status feed; a pledged asset alerts its bank at once. Null when the status is unchanged',
  })
  async reportLegalStatusChange(
    @CurrentActor() actor: Actor,
    @Args('input', { description: '知识产权号、新状态与生效日期' }) input: ReportLegalStatusChangeInput,
  ): Promise<LegalStatusChangeObject | null> {
    const { change, alerts } = await this.monitoring.report(actor, input);
    return change ? LegalStatusChangeObject.from(change, alerts) : null;
  }

  @Roles(Role.GOV_OFFICER, Role.PLATFORM_ADMIN)
  @Mutation(() => LegalStatusFeedImportObject, { description: '导入状态数据文件 — CSV lines number,status,date; each good line applied, the others listed with their line number' })
  async importLegalStatusFeed(@CurrentActor() actor: Actor, @Args('text', { description: 'the file’s text' }) text: string): Promise<LegalStatusFeedImportObject> {
    if (!text.trim()) throw badInput('text', 'the file is empty');
    return this.monitoring.importFeed(actor, text);
  }

  @Query(() => [LoanAlertObject], { description: '贷中预警 — a loan’s alerts, newest first (its bank, its firm, its region’s offices)' })
  async loanAlerts(@CurrentActor() actor: Actor, @Args('loanId', { type: () => ID, description: '贷款 id' }) loanId: string): Promise<LoanAlertObject[]> {
    return (await this.monitoring.alertsOf(actor, loanId)).map(LoanAlertObject.from);
  }
}
