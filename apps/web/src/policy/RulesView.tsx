import { Descriptions, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PolicyCitationFieldsFragment, PolicyRulesFieldsFragment } from '../gql/graphql';
import { formatMoney, formatRate } from '../shared/format';
import { FEE_KINDS, RISK_ROLES } from './policy-form';

const FEE_FIELD = { REGISTRATION: 'registration', GUARANTEE: 'guarantee', INSURANCE: 'insurance', VALUATION: 'valuation' } as const;
const ROLE_FIELD = { BANK: 'bank', GUARANTOR: 'guarantor', INSURER: 'insurer', VALUER: 'valuer', IP_SERVICE: 'ipService' } as const;
type RuleKey = keyof NonNullable<PolicyRulesFieldsFragment['citations']>;

/** A version's rules in words, each with the document and clause it comes from. */
export function RulesView({ rules }: { rules: PolicyRulesFieldsFragment }) {
  const { t, i18n } = useTranslation();
  const money = (fen: string) => formatMoney(fen, i18n.language);
  const join = (parts: (string | false | null | undefined)[]) => parts.filter(Boolean).join('；');
  const capped = (r: { ratioBp: number; capFen?: string | null }) => join([formatRate(r.ratioBp), r.capFen && t('policy.rules.cap', { cap: money(r.capFen) })]);
  const none = t('policy.view.none');
  const cite = (c: PolicyCitationFieldsFragment | null | undefined) =>
    c && (
      <Typography.Paragraph type="secondary" style={{ margin: '4px 0 0' }} data-testid="policy-citation">
        {c.clause ? t('policy.view.citation', { document: c.document, clause: c.clause }) : t('policy.view.citationNoClause', { document: c.document })} —{' '}
        {i18n.language === 'en' ? c.en : c.zh}
      </Typography.Paragraph>
    );
  const r = rules;
  const rows: { key: RuleKey; text: string }[] = [
    {
      key: 'registration',
      text: t('policy.rules.registrationText', { online: r.registration.onlineWorkingDays, offline: r.registration.offlineWorkingDays, warn: r.registration.warnBeforeHours }),
    },
    {
      key: 'overdue',
      text: t('policy.rules.overdueText', {
        grace: r.overdue.graceDays,
        unit: t(r.overdue.workingDays ? 'policy.rules.workingDays' : 'policy.rules.calendarDays'),
        defaultAfter: r.overdue.defaultAfterDaysPastDue,
      }),
    },
    {
      key: 'interestSubsidy',
      text: r.interestSubsidy
        ? join([
            t('policy.rules.interestSubsidyText', { ratio: formatRate(r.interestSubsidy.ratioBp) }),
            r.interestSubsidy.capPerLoanFen && t('policy.rules.capPerLoan', { cap: money(r.interestSubsidy.capPerLoanFen) }),
            r.interestSubsidy.capPerFirmYearFen && t('policy.rules.capPerFirmYear', { cap: money(r.interestSubsidy.capPerFirmYearFen) }),
            t(r.interestSubsidy.allowIfEverOverdue ? 'policy.rules.allowIfEverOverdue' : 'policy.rules.notIfEverOverdue'),
          ])
        : none,
    },
    {
      key: 'feeSubsidies',
      text:
        join(
          FEE_KINDS.map((k) => {
            const f = r.feeSubsidies?.[FEE_FIELD[k]];
            return f && `${t(`policy.rules.fee.${k}`)} ${capped(f)}`;
          }),
        ) || none,
    },
    { key: 'insurancePremiumSubsidy', text: r.insurancePremiumSubsidy ? capped(r.insurancePremiumSubsidy) : none },
    {
      key: 'bankReward',
      text: r.bankReward
        ? join([
            ...r.bankReward.tiers.map((tier) =>
              tier.uptoFen ? t('policy.rules.tier', { upto: money(tier.uptoFen), rate: formatRate(tier.rateBp) }) : t('policy.rules.tierOpen', { rate: formatRate(tier.rateBp) }),
            ),
            r.bankReward.capPerBankYearFen && t('policy.rules.capPerBankYear', { cap: money(r.bankReward.capPerBankYearFen) }),
          ])
        : none,
    },
    {
      key: 'valuerReward',
      text: r.valuerReward
        ? join([
            r.valuerReward.ratioBp != null && t('policy.rules.valuerRatio', { ratio: formatRate(r.valuerReward.ratioBp) }),
            r.valuerReward.perLoanFen && t('policy.rules.valuerPerLoan', { amount: money(r.valuerReward.perLoanFen) }),
            r.valuerReward.requiresRiskShare && t('policy.rules.requiresRiskShare'),
          ])
        : none,
    },
    {
      key: 'riskCompensation',
      text: r.riskCompensation
        ? join([
            ...RISK_ROLES.map((role) => {
              const bp = r.riskCompensation!.ratioBpByRole[ROLE_FIELD[role]];
              return bp != null && `${t(`policy.rules.role.${role}`)} ${formatRate(bp)}`;
            }),
            r.riskCompensation.capPerLoanFen && t('policy.rules.capPerLoan', { cap: money(r.riskCompensation.capPerLoanFen) }),
            r.riskCompensation.requireFailedRecovery && t('policy.rules.requireFailedRecovery'),
            r.riskCompensation.excludeBatchPackage && t('policy.rules.excludeBatchPackage'),
          ])
        : none,
    },
    { key: 'annualBudgetFen', text: r.annualBudgetFen ? money(r.annualBudgetFen) : none },
  ];
  return (
    <Descriptions bordered column={1} size="small" styles={{ label: { width: 150, whiteSpace: 'nowrap' } }} data-testid="policy-rules">
      {rows.map((row) => (
        <Descriptions.Item key={row.key} label={t(`policy.rules.${row.key}`)}>
          <div data-testid={`policy-rule-${row.key}`}>{row.text}</div>
          {cite(r.citations?.[row.key])}
        </Descriptions.Item>
      ))}
    </Descriptions>
  );
}
