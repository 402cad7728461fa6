import { PushpinFilled } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Card, Descriptions, Popconfirm, Progress, Space, Tag, Tooltip, message } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { MeetingFieldsFragment, ScheduleFieldsFragment } from '../gql/graphql';
import { useEnumLabel } from '../shared/enums';
import { errorText } from '../shared/errors';
import { cellTestId, checkMove, layoutBoard } from './board-layout';
import { formatTime } from './event-values';
import { MEETING_SCHEDULE, PIN_MEETING, PUBLISH_SCHEDULE, SCHEDULE_BOARD, SCHEDULE_MEETINGS } from './queries';

const FINISHED = ['DONE', 'FAILED'];
type Pair = { firmRegistrationId: string; bankRegistrationId: string };
const pairOf = (m: MeetingFieldsFragment): Pair => ({ firmRegistrationId: m.firmRegistrationId, bankRegistrationId: m.bankRegistrationId });

/**
 * 排期看板: slots (rows) × tables (columns), a meeting card in each cell. Dragging a card to
 * another cell pins it there; a card's actions forbid its pair or unpin it and schedule again;
 * a run is followed every second until it is done, with its quality beside the board.
 */
export default function SchedulePage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const { data, error, refetch } = useQuery(SCHEDULE_BOARD, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const [runId, setRunId] = useState<string>();
  const [problem, setProblem] = useState<string>();
  const [schedule] = useMutation(SCHEDULE_MEETINGS);
  const [pin] = useMutation(PIN_MEETING);
  const [publish, publishing] = useMutation(PUBLISH_SCHEDULE);
  const event = data?.matchmakingEvent;
  const latest = event?.latestSchedule;
  // A run still going when the page opens is followed too.
  const following = runId ?? (latest && !FINISHED.includes(latest.status) ? latest.id : undefined);
  const run = useQuery(MEETING_SCHEDULE, { variables: { id: following ?? '' }, skip: !following, pollInterval: 1000, fetchPolicy: 'network-only' });
  const current: ScheduleFieldsFragment | null | undefined = following ? (run.data?.meetingSchedule ?? latest) : latest;
  const runFinished = !!run.data && FINISHED.includes(run.data.meetingSchedule.status);

  useEffect(() => {
    if (!runFinished) return;
    run.stopPolling();
    setRunId(undefined);
    void refetch();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [runFinished]);

  const { grid } = useMemo(() => layoutBoard(event?.slots.length ?? 0, event?.tableCount ?? 0, event?.meetings ?? []), [event]);
  const editable = event && ['REGISTRATION_CLOSED', 'SCHEDULED'].includes(event.status);
  const busy = !!following && !runFinished;

  const fail = (e: unknown) => setProblem(errorText(e));
  const reschedule = async (input?: { forbidden?: Pair[]; cleared?: Pair[] }) => {
    setProblem(undefined);
    try {
      const { data: started } = await schedule({ variables: { eventId: id, input } });
      setRunId(started!.scheduleEventMeetings.id);
    } catch (e) {
      fail(e);
    }
  };
  const move = async (meetingId: string, slotIndex: number, tableIndex: number) => {
    const meeting = event?.meetings.find((m) => m.id === meetingId);
    if (!meeting) return;
    if (checkMove(grid, meeting, slotIndex, tableIndex) === 'SAME_CELL') return;
    setProblem(undefined);
    try {
      await pin({ variables: { input: { meetingId, slotIndex, tableIndex } } });
      void message.success(t('events.board.moved'));
      await refetch();
    } catch (e) {
      fail(e);
    }
  };

  if (error) return <Alert type="error" showIcon title={t('errors.load', { message: error.message })} />;
  if (!event) return <Card loading />;
  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Link to={`/events/${id}`}>{t('common.back')}</Link>
      <Card
        title={t('events.board.title', { title: event.title })}
        extra={
          <Space>
            {event.schedulePublishedAt && <Tag color="blue">{t('events.board.published')}</Tag>}
            <Button onClick={() => void reschedule()} disabled={!editable || busy} data-testid="board-run">
              {t('events.board.run')}
            </Button>
            <Popconfirm
              title={t('events.board.publishConfirm')}
              okText={t('common.confirm')}
              cancelText={t('common.cancel')}
              okButtonProps={{ 'data-testid': 'board-publish-confirm' } as React.ComponentProps<typeof Button>}
              onConfirm={async () => {
                try {
                  await publish({ variables: { eventId: id } });
                  void message.success(t('events.board.published'));
                  await refetch();
                } catch (e) {
                  fail(e);
                }
              }}
            >
              <Button type="primary" disabled={event.status !== 'SCHEDULED' || busy} loading={publishing.loading} data-testid="board-publish">
                {t('events.board.publish')}
              </Button>
            </Popconfirm>
          </Space>
        }
      >
        {problem && <Alert type="error" showIcon title={problem} style={{ marginBottom: 12 }} data-testid="board-problem" closable onClose={() => setProblem(undefined)} />}
        {busy && current && (
          <div data-testid="board-progress" style={{ marginBottom: 12 }}>
            <span>{t('events.board.running', { progress: current.progress })}</span>
            <Progress percent={current.progress} status="active" />
          </div>
        )}
        <QualityPanel schedule={current} />
        <div style={{ overflowX: 'auto', marginTop: 16 }}>
          <table className="schedule-board" data-testid="board" style={{ borderCollapse: 'collapse', minWidth: '100%' }}>
            <thead>
              <tr>
                <th style={cellStyle}>{t('events.board.slot')}</th>
                {Array.from({ length: event.tableCount }, (_, ti) => (
                  <th key={ti} style={cellStyle}>
                    {t('events.board.table', { n: ti + 1 })}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {event.slots.map((slot, si) => (
                <tr key={slot.index}>
                  <th style={cellStyle}>
                    {formatTime(slot.startsAt, i18n.language)}–{formatTime(slot.endsAt, i18n.language)}
                  </th>
                  {grid[si]?.map((meeting, ti) => (
                    <BoardCell key={ti} slotIndex={si} tableIndex={ti} editable={!!editable && !busy} onDrop={(meetingId) => void move(meetingId, si, ti)}>
                      {meeting && (
                        <MeetingCard
                          meeting={meeting}
                          editable={!!editable && !busy}
                          onForbid={() => void reschedule({ forbidden: [pairOf(meeting)] })}
                          onUnpin={() => void reschedule({ cleared: [pairOf(meeting)] })}
                        />
                      )}
                    </BoardCell>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </Card>
    </Space>
  );
}

const cellStyle: React.CSSProperties = { border: '1px solid #f0f0f0', padding: 6, verticalAlign: 'top', minWidth: 160 };

function BoardCell({
  slotIndex,
  tableIndex,
  editable,
  onDrop,
  children,
}: {
  slotIndex: number;
  tableIndex: number;
  editable: boolean;
  onDrop: (meetingId: string) => void;
  children: React.ReactNode;
}) {
  const [over, setOver] = useState(false);
  return (
    <td
      style={{ ...cellStyle, background: over ? '#e6f4ff' : undefined, height: 72 }}
      data-testid={cellTestId(slotIndex, tableIndex)}
      onDragOver={(e) => {
        if (!editable) return;
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => {
        e.preventDefault();
        setOver(false);
        const meetingId = e.dataTransfer.getData('text/plain');
        if (editable && meetingId) onDrop(meetingId);
      }}
    >
      {children}
    </td>
  );
}

function MeetingCard({ meeting, editable, onForbid, onUnpin }: { meeting: MeetingFieldsFragment; editable: boolean; onForbid: () => void; onUnpin: () => void }) {
  const { t } = useTranslation();
  const label = useEnumLabel();
  return (
    <div
      draggable={editable}
      onDragStart={(e) => {
        e.dataTransfer.setData('text/plain', meeting.id);
        e.dataTransfer.effectAllowed = 'move';
      }}
      data-testid="board-card"
      data-meeting={meeting.id}
      data-firm={meeting.firmName}
      data-bank={meeting.bankName}
      data-pinned={meeting.pinned}
      style={{ border: '1px solid #d9d9d9', borderRadius: 6, padding: 6, background: '#fff', cursor: editable ? 'grab' : 'default' }}
    >
      <div style={{ fontWeight: 500 }}>
        {meeting.pinned && (
          <Tooltip title={t('events.board.pinned')}>
            <PushpinFilled aria-label={t('events.board.pinned')} data-testid="board-pinned" style={{ marginRight: 4, color: '#1677ff' }} />
          </Tooltip>
        )}
        {meeting.firmName}
      </div>
      <div>× {meeting.bankName}</div>
      <Space size={4} wrap style={{ marginTop: 4 }}>
        <Tag>{t('events.board.score', { score: meeting.score.toFixed(2) })}</Tag>
        <Tag>{label('MeetingStatus', meeting.status)}</Tag>
      </Space>
      {editable && (
        <Space size={4} style={{ marginTop: 4 }}>
          <Button size="small" danger onClick={onForbid} data-testid="board-forbid">
            {t('events.board.forbid')}
          </Button>
          {meeting.pinned && (
            <Button size="small" onClick={onUnpin} data-testid="board-unpin">
              {t('events.board.unpin')}
            </Button>
          )}
        </Space>
      )}
    </div>
  );
}

function QualityPanel({ schedule }: { schedule: ScheduleFieldsFragment | null | undefined }) {
  const { t } = useTranslation();
  if (!schedule) return <Alert type="info" title={t('events.board.noRun')} />;
  if (schedule.status === 'FAILED') return <Alert type="error" showIcon title={t('events.board.failed', { error: schedule.error ?? '' })} data-testid="board-failed" />;
  const n = (v: number | null | undefined, digits = 2) => (v == null ? '—' : v.toFixed(digits));
  return (
    <Descriptions size="small" bordered column={{ xs: 1, md: 3 }} title={t('events.board.quality')} data-testid="board-quality" data-status={schedule.status}>
      <Descriptions.Item label={t('events.board.objective')}>{n(schedule.objective)}</Descriptions.Item>
      <Descriptions.Item label={t('events.board.qualityValue')}>
        <span data-testid="board-quality-value">{n(schedule.quality)}</span>
      </Descriptions.Item>
      <Descriptions.Item label={t('events.board.firmsMet')}>
        <span data-testid="board-firms-met">
          {schedule.firmsMet ?? '—'}/{schedule.firmsRegistered ?? '—'}
        </span>
      </Descriptions.Item>
      <Descriptions.Item label={t('events.board.gap')}>
        <span data-testid="board-gap">
          {schedule.gap == null ? '—' : `${(schedule.gap * 100).toFixed(1)}%`}（{t('events.board.upperBound')} {n(schedule.upperBound)}）
        </span>
      </Descriptions.Item>
      <Descriptions.Item label={t('events.board.meetings')}>{schedule.meetingCount ?? '—'}</Descriptions.Item>
      <Descriptions.Item label={t('events.board.solver')}>{schedule.solver ?? '—'}</Descriptions.Item>
    </Descriptions>
  );
}
