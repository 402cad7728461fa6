import { Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { InstalmentStatus } from '../gql/graphql';
import { useEnumLabel } from '../shared/enums';
import { formatMoney } from '../shared/format';
import { instalmentColour } from './loan-values';

export interface ScheduleInstalment {
  id: string;
  seq: number;
  dueDate: string;
  principal: { amountFen: string };
  interest: { amountFen: string };
  paidPrincipal: { amountFen: string };
  paidInterest: { amountFen: string };
  status: InstalmentStatus;
  paidOn?: string | null;
  daysPastDue: number;
}

const sum = (xs: readonly ScheduleInstalment[], pick: (i: ScheduleInstalment) => string) => xs.reduce((a, i) => a + BigInt(pick(i)), 0n).toString();

/**
 * 还款计划: each instalment's due date, principal, interest, what is paid and whether it is
 * overdue, with the totals in exact fen (the principal column sums to the loan's principal:
 * the last instalment takes the rounding).
 */
export function ScheduleTable({ instalments }: { instalments: readonly ScheduleInstalment[] }) {
  const { t } = useTranslation();
  const label = useEnumLabel();
  // A schedule is read to the fen (what to transfer on the day), not rounded to 万.
  const money = (fen: string) => formatMoney(fen, 'en');
  return (
    <Table<ScheduleInstalment>
      rowKey="id"
      size="small"
      dataSource={[...instalments]}
      pagination={false}
      locale={{ emptyText: t('loans.schedule.empty') }}
      onRow={(i) => ({ 'data-testid': 'instalment-row', 'data-seq': i.seq, 'data-status': i.status }) as React.HTMLAttributes<HTMLElement>}
      columns={[
        { title: t('loans.schedule.seq'), dataIndex: 'seq', width: 70 },
        { title: t('loans.schedule.dueDate'), dataIndex: 'dueDate' },
        { title: t('loans.schedule.principal'), key: 'principal', align: 'right', render: (_, i) => money(i.principal.amountFen) },
        { title: t('loans.schedule.interest'), key: 'interest', align: 'right', render: (_, i) => money(i.interest.amountFen) },
        {
          title: t('loans.schedule.total'),
          key: 'total',
          align: 'right',
          render: (_, i) => money((BigInt(i.principal.amountFen) + BigInt(i.interest.amountFen)).toString()),
        },
        {
          title: t('loans.schedule.paid'),
          key: 'paid',
          align: 'right',
          render: (_, i) => <span data-testid="instalment-paid">{money((BigInt(i.paidPrincipal.amountFen) + BigInt(i.paidInterest.amountFen)).toString())}</span>,
        },
        {
          title: t('loans.schedule.status'),
          key: 'status',
          render: (_, i) => (
            <span>
              <Tag color={instalmentColour(i.status)} data-testid="instalment-status">
                {label('InstalmentStatus', i.status)}
              </Tag>
              {i.daysPastDue > 0 && <Typography.Text type="danger">{t('loans.schedule.daysPastDue', { count: i.daysPastDue })}</Typography.Text>}
              {i.paidOn && <Typography.Text type="secondary">{t('loans.schedule.paidOn', { date: i.paidOn })}</Typography.Text>}
            </span>
          ),
        },
      ]}
      summary={(rows) =>
        rows.length > 0 && (
          <Table.Summary.Row>
            <Table.Summary.Cell index={0} colSpan={2}>
              {t('loans.schedule.sum')}
            </Table.Summary.Cell>
            <Table.Summary.Cell index={2} align="right">
              <span data-testid="schedule-principal-sum">{money(sum(rows, (i) => i.principal.amountFen))}</span>
            </Table.Summary.Cell>
            <Table.Summary.Cell index={3} align="right">
              {money(sum(rows, (i) => i.interest.amountFen))}
            </Table.Summary.Cell>
            <Table.Summary.Cell index={4} align="right">
              {money((BigInt(sum(rows, (i) => i.principal.amountFen)) + BigInt(sum(rows, (i) => i.interest.amountFen))).toString())}
            </Table.Summary.Cell>
            <Table.Summary.Cell index={5} align="right">
              {money((BigInt(sum(rows, (i) => i.paidPrincipal.amountFen)) + BigInt(sum(rows, (i) => i.paidInterest.amountFen))).toString())}
            </Table.Summary.Cell>
            <Table.Summary.Cell index={6} />
          </Table.Summary.Row>
        )
      }
    />
  );
}

/** The next instalment not yet paid in full and what is left of it: the bank's on-time repayment. */
export function nextDue(instalments: readonly ScheduleInstalment[]): { dueDate: string; principalFen: string; interestFen: string } | undefined {
  const next = instalments.find((i) => i.status === 'SCHEDULED' || i.status === 'OVERDUE');
  if (!next) return undefined;
  return {
    dueDate: next.dueDate,
    principalFen: (BigInt(next.principal.amountFen) - BigInt(next.paidPrincipal.amountFen)).toString(),
    interestFen: (BigInt(next.interest.amountFen) - BigInt(next.paidInterest.amountFen)).toString(),
  };
}
