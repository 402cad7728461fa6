import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Card, Col, Input, InputNumber, Popconfirm, Row, Space, Tag, Typography, message } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useEnumLabel } from '../shared/enums';
import { apiErrors } from '../shared/errors';
import { formatDateTime } from '../shared/format';
import { useListParams } from '../shared/list-params';
import { CalendarException, DayCell, monthGrid, parseArrangement } from './calendar-grid';
import { LOAD_WORKING_DAY_CALENDAR, WORKING_DAY_CALENDAR } from './queries';

const COLOURS = { HOLIDAY: '#fff1f0', WORKDAY: '#e6f4ff', weekend: '#fafafa' };

function Month({ year, month, exceptions }: { year: number; month: number; exceptions: ReadonlyMap<string, CalendarException> }) {
  const { t } = useTranslation();
  const weekdays = t('calendar.weekdays', { returnObjects: true }) as string[];
  return (
    <Card size="small" title={t('calendar.month', { month })} data-testid={`calendar-month-${month}`}>
      <table style={{ width: '100%', tableLayout: 'fixed', borderCollapse: 'collapse', textAlign: 'center', fontSize: 12 }}>
        <thead>
          <tr>
            {weekdays.map((w) => (
              <th key={w}>{w}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {monthGrid(year, month, exceptions).map((week, i) => (
            <tr key={i}>
              {week.map((c, j) => (
                <td key={j} style={{ padding: 2 }}>
                  {c && <Day cell={c} />}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </Card>
  );
}

function Day({ cell }: { cell: DayCell }) {
  const { t } = useTranslation();
  const background = cell.kind ? COLOURS[cell.kind] : cell.weekend ? COLOURS.weekend : undefined;
  return (
    <div
      title={cell.name ?? undefined}
      data-testid="calendar-day"
      data-date={cell.date}
      data-kind={cell.kind ?? (cell.weekend ? 'WEEKEND' : 'WORKING')}
      style={{ background, borderRadius: 4, color: cell.working ? undefined : '#cf1322', lineHeight: '16px' }}
    >
      {cell.day}
      {cell.kind && <div style={{ fontSize: 10 }}>{cell.kind === 'WORKDAY' ? t('calendar.workdayMark') : (cell.name ?? t('calendar.holidayMark'))}</div>}
    </div>
  );
}

/** 工作日历: a year's month grids with holidays and swapped working weekend days; the administrator loads a year as data. */
export default function CalendarPage() {
  const { t, i18n } = useTranslation();
  const label = useEnumLabel();
  const params = useListParams();
  const thisYear = Number(new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric' }).format(new Date()));
  const year = Number(params.get('year') ?? thisYear);
  const { data, error, refetch } = useQuery(WORKING_DAY_CALENDAR, { variables: { year }, fetchPolicy: 'cache-and-network' });
  const [load, loading] = useMutation(LOAD_WORKING_DAY_CALENDAR);
  const [text, setText] = useState('');
  const [problems, setProblems] = useState<string[]>([]);
  const c = data?.workingDayCalendar;
  const exceptions = new Map<string, CalendarException>([...(c?.holidays ?? []), ...(c?.workingWeekendDays ?? [])].map((d) => [d.date, { kind: d.kind, name: d.name }]));
  const parsed = text.trim() ? parseArrangement(text) : null;

  const submit = async () => {
    setProblems([]);
    if (!parsed?.ok) return setProblems([parsed?.error ?? t('policy.form.required')]);
    try {
      const done = (await load({ variables: { input: parsed.input } })).data!.loadWorkingDayCalendar;
      void message.success(t('calendar.load.done', { year: done.year, count: done.workingDayCount }));
      if (done.year === year) void refetch();
      else params.set({ year: String(done.year) });
    } catch (e) {
      setProblems(apiErrors(e).map((x) => (x.field ? `${x.field.join('.')}: ${x.message}` : x.message)));
    }
  };

  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Card
        title={t('calendar.title')}
        extra={
          <Space>
            <span>{t('calendar.year')}</span>
            <InputNumber min={2000} max={2100} value={year} onChange={(v) => v && params.set({ year: String(v) })} data-testid="calendar-year" />
          </Space>
        }
      >
        {error && <Alert type="error" showIcon title={t('errors.load', { message: error.message })} />}
        {c && !c.loaded && <Alert type="warning" showIcon title={t('calendar.notLoaded', { year })} data-testid="calendar-not-loaded" />}
        {c?.loaded && (
          <Space orientation="vertical" style={{ marginBottom: 12 }}>
            <span data-testid="calendar-loaded">{t('calendar.loaded', { source: label('CalendarSource', c.source!), count: c.workingDayCount })}</span>
            {c.note && <Typography.Text type="secondary">{t('calendar.note', { note: c.note })}</Typography.Text>}
            {c.loadedAt && <Typography.Text type="secondary">{t('calendar.loadedAt', { time: formatDateTime(c.loadedAt, i18n.language) })}</Typography.Text>}
            <Space>
              <Tag color="red">{t('calendar.legend.holiday')}</Tag>
              <Tag color="blue">{t('calendar.legend.workday')}</Tag>
              <Tag>{t('calendar.legend.weekend')}</Tag>
            </Space>
          </Space>
        )}
        {c?.loaded && (
          <Row gutter={[12, 12]}>
            {Array.from({ length: 12 }, (_, i) => (
              <Col key={i} xs={24} sm={12} lg={8} xl={6}>
                <Month year={year} month={i + 1} exceptions={exceptions} />
              </Col>
            ))}
          </Row>
        )}
      </Card>
      <Card title={t('calendar.load.title')}>
        <Typography.Paragraph type="secondary">{t('calendar.load.hint')}</Typography.Paragraph>
        {problems.map((p, i) => (
          <Alert key={i} type="error" showIcon title={p} style={{ marginBottom: 8 }} data-testid="calendar-load-problem" />
        ))}
        <Input.TextArea rows={8} value={text} onChange={(e) => setText(e.target.value)} aria-label={t('calendar.load.text')} data-testid="calendar-load-text" />
        <Space style={{ marginTop: 12 }}>
          <input
            type="file"
            accept=".json,application/json,text/plain"
            aria-label={t('calendar.load.upload')}
            data-testid="calendar-load-file"
            onChange={(e) => void e.target.files?.[0]?.text().then(setText)}
          />
          <Popconfirm
            title={t('calendar.load.confirm', { year: parsed?.ok ? parsed.input.year : '' })}
            onConfirm={() => void submit()}
            disabled={!parsed?.ok}
            okButtonProps={{ 'data-testid': 'calendar-load-confirm' }}
          >
            <Button type="primary" loading={loading.loading} data-testid="calendar-load-submit" onClick={() => !parsed?.ok && void submit()}>
              {t('calendar.load.submit')}
            </Button>
          </Popconfirm>
        </Space>
      </Card>
    </Space>
  );
}
