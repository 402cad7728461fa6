import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Card, Form, Input, Rate, Space, message } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { errorText } from '../shared/errors';
import { formatDateTime } from '../shared/format';
import { EVENT_PAGE, SUBMIT_SURVEY } from './queries';

/** 活动问卷: a participant's rating (1–5) and comment of a held event; the saved answer shows and may be changed. */
export default function SurveyPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const { data, error, refetch } = useQuery(EVENT_PAGE, { variables: { id } });
  const [submit, submitting] = useMutation(SUBMIT_SURVEY);
  const [problem, setProblem] = useState<string>();
  const event = data?.matchmakingEvent;
  const saved = event?.mySurvey;
  if (error) return <Alert type="error" showIcon title={t('errors.load', { message: error.message })} />;
  if (!event) return <Card loading />;
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Link to={`/events/${id}`}>{t('common.back')}</Link>
      <Card title={t('events.survey.title', { title: event.title })} style={{ maxWidth: 720 }}>
        {problem && <Alert type="error" showIcon title={problem} style={{ marginBottom: 12 }} />}
        {saved && (
          <Alert
            type="success"
            title={t('events.survey.savedAt', { time: formatDateTime(saved.updatedAt, i18n.language) })}
            style={{ marginBottom: 12 }}
            data-testid="survey-saved"
          />
        )}
        <Form
          layout="vertical"
          initialValues={{ rating: saved?.rating, comment: saved?.comment }}
          key={saved?.updatedAt ?? 'new'}
          onFinish={async ({ rating, comment }: { rating: number; comment?: string }) => {
            setProblem(undefined);
            try {
              await submit({ variables: { input: { eventId: id, rating, comment: comment?.trim() || undefined } } });
              void message.success(t('events.survey.saved'));
              await refetch();
            } catch (e) {
              setProblem(errorText(e));
            }
          }}
        >
          <Form.Item name="rating" label={t('events.survey.rating')} rules={[{ required: true, message: t('events.survey.rating') }]}>
            <Rate data-testid="survey-rating" />
          </Form.Item>
          <Form.Item name="comment" label={t('events.survey.comment')}>
            <Input.TextArea rows={4} maxLength={2000} data-testid="survey-comment" />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={submitting.loading} data-testid="survey-submit">
            {t('events.survey.submit')}
          </Button>
        </Form>
      </Card>
    </Space>
  );
}
