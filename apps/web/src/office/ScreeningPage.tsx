import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Card, Form, message, Select, Space, Spin, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { ScreeningCriterion, ScreeningRuleSetsQuery } from '../gql/graphql';
import { useEnumLabel } from '../shared/enums';
import { apiErrors } from '../shared/errors';
import { formatDateTime, formatMoney } from '../shared/format';
import { DEFINE_SCREENING_RULES, RUN_WHITELIST_SCREENING, SCREENING_RULE_SETS } from './queries';
import { bpToPercent, formThreshold, RulesFormValues, thresholdKind } from './screening-rules';
import { ScreeningRulesForm } from './ScreeningRulesForm';

type RuleSet = ScreeningRuleSetsQuery['screeningRuleSets'][number];

function formValuesOf(set: RuleSet): RulesFormValues {
  return {
    minScore: set.minScore,
    criteria: set.criteria.map((c) => ({ criterion: c.criterion, threshold: formThreshold(c.criterion, c.threshold), weight: c.weight, required: c.required })),
  };
}

/** A saved threshold in words: money in 万, growth in percent, tags by name. */
function thresholdText(criterion: ScreeningCriterion, threshold: string, lang: string, label: (e: string, v: string) => string): string {
  switch (thresholdKind(criterion)) {
    case 'yuan':
      return `≥ ${formatMoney(threshold, lang)}`;
    case 'percent':
      return `≥ ${bpToPercent(threshold)}%`;
    case 'tags':
      return threshold
        .split(',')
        .map((tag) => label('EnterpriseTag', tag))
        .join('、');
    default:
      return `≥ ${threshold}`;
  }
}

/** 白名单筛选: the region's screening rules (a new version per save) and running a screening with one of them. */
export default function ScreeningPage() {
  const { t, i18n } = useTranslation();
  const label = useEnumLabel();
  const navigate = useNavigate();
  const { data, loading, error } = useQuery(SCREENING_RULE_SETS);
  const [define] = useMutation(DEFINE_SCREENING_RULES, { refetchQueries: [SCREENING_RULE_SETS], awaitRefetchQueries: true });
  const [run, running] = useMutation(RUN_WHITELIST_SCREENING);
  const [chosen, setChosen] = useState<string>();
  const [runError, setRunError] = useState<string>();
  const sets = data?.screeningRuleSets ?? [];
  const ruleSetId = chosen ?? sets[0]?.id;

  async function screen() {
    setRunError(undefined);
    try {
      const res = await run({ variables: { ruleSetId } });
      navigate(`/office/batches/${res.data!.runWhitelistScreening.id}`);
    } catch (e) {
      setRunError(
        apiErrors(e)
          .map((x) => x.message)
          .join('; '),
      );
    }
  }

  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Card title={t('office.screening.title')}>
        <Typography.Paragraph type="secondary">{t('office.screening.intro')}</Typography.Paragraph>
        {runError && <Alert type="error" showIcon title={runError} style={{ marginBottom: 12 }} />}
        <Form layout="inline" onFinish={() => void screen()}>
          <Form.Item label={t('office.screening.ruleSet')} style={{ minWidth: 360 }}>
            <Select
              value={ruleSetId}
              onChange={setChosen}
              disabled={!sets.length}
              placeholder={t('office.screening.needRules')}
              data-testid="screening-rule-set"
              options={sets.map((s) => ({ value: s.id, label: t('office.screening.ruleSetOption', { version: s.version, minScore: s.minScore, count: s.criteria.length }) }))}
            />
          </Form.Item>
          <Button type="primary" htmlType="submit" disabled={!ruleSetId} loading={running.loading} data-testid="run-screening">
            {t('office.screening.run')}
          </Button>
        </Form>
        {running.loading && (
          <div role="status" data-testid="screening-progress" style={{ marginTop: 16 }}>
            <Spin /> <Typography.Text>{t('office.screening.running')}</Typography.Text>
          </div>
        )}
      </Card>
      <Card title={t('office.rules.title')}>
        <Typography.Paragraph type="secondary">{t('office.rules.intro')}</Typography.Paragraph>
        {error && <Alert type="error" showIcon title={t('errors.load', { message: error.message })} />}
        {loading ? (
          <Spin />
        ) : (
          <ScreeningRulesForm
            key={sets[0]?.id ?? 'new'}
            initial={sets[0] ? formValuesOf(sets[0]) : undefined}
            onSave={async (input) => {
              const res = await define({ variables: { input } });
              setChosen(res.data!.defineScreeningRules.id);
              void message.success(t('office.rules.saved', { version: res.data!.defineScreeningRules.version }));
            }}
          />
        )}
      </Card>
      <Card title={t('office.rules.versions')}>
        <Table<RuleSet>
          rowKey="id"
          loading={loading}
          dataSource={sets}
          pagination={{ pageSize: 10, hideOnSinglePage: true }}
          locale={{ emptyText: t('office.rules.empty') }}
          columns={[
            { title: t('office.rules.version'), dataIndex: 'version' },
            { title: t('office.rules.minScore'), dataIndex: 'minScore' },
            {
              title: t('office.rules.summary'),
              key: 'criteria',
              render: (_: unknown, s: RuleSet) =>
                s.criteria.map((c) => (
                  <Tag key={c.criterion} color={c.required ? 'red' : undefined}>
                    {label('ScreeningCriterion', c.criterion)}
                    {c.threshold ? ` ${thresholdText(c.criterion, c.threshold, i18n.language, label)}` : ''} · {c.weight}
                  </Tag>
                )),
            },
            { title: t('office.rules.createdAt'), dataIndex: 'createdAt', render: (v: string) => formatDateTime(v, i18n.language) },
          ]}
        />
      </Card>
    </Space>
  );
}
