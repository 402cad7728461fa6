import { Alert, Button, Card, DatePicker, Form, Input, InputNumber, message, Radio, Select, Space, TreeSelect } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RegionLevel } from '../gql/graphql';
import { useEnumLabel } from '../shared/enums';
import { ApiError, apiErrors, showOnFields } from '../shared/errors';
import { EVENT_TYPES } from './event-values';
import { eventFieldOf, EventFormValues, slotsFromWindow } from './event-form-values';

export interface AreaOption {
  id: string;
  name: string;
  level: RegionLevel;
}

export interface EventFormProps {
  initial: EventFormValues;
  /** Regions and parks to invite: the provinces first, children as they are opened. */
  areas: AreaOption[];
  loadChildren?: (parentId: string) => Promise<AreaOption[]>;
  batches: { value: string; label: string }[];
  submit: (values: EventFormValues) => Promise<unknown>;
}

const TIME = 'YYYY-MM-DD HH:mm';
const areaValue = (a: AreaOption) => `${a.level === 'PARK' ? 'park' : 'region'}:${a.id}`;

/**
 * 活动表单: the plan of an event, its invitations and its meeting slots. Slots are generated
 * from a window and edited as a list before saving; the API checks them (overlaps, within the
 * event) and its errors land on the slot they name.
 */
export function EventForm({ initial, areas, loadChildren, batches, submit }: EventFormProps) {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const [form] = Form.useForm<EventFormValues>();
  const [saving, setSaving] = useState(false);
  const [problems, setProblems] = useState<ApiError[]>([]);
  const [tree, setTree] = useState(() => areas.map((a) => ({ id: areaValue(a), pId: '', value: areaValue(a), title: a.name, isLeaf: a.level === 'PARK' })));
  const required = (field: string) => [{ required: true, message: t('events.form.required', { field: t(`events.form.${field}`) }) }];

  const generate = () => {
    const w = form.getFieldValue('window') as EventFormValues['window'];
    if (!w?.start || !w.end || !w.slotMinutes) return;
    const slots = slotsFromWindow(w.start, w.end, w.slotMinutes, w.breakMinutes ?? 0);
    form.setFieldValue('slots', slots);
    void message.info(t('events.form.generated', { count: slots.length }));
  };

  const onFinish = async (values: EventFormValues) => {
    setSaving(true);
    setProblems([]);
    try {
      await submit({ ...values, slots: values.slots ?? [] });
    } catch (e) {
      const stale = apiErrors(e).some((x) => x.code === 'CONFLICT' && x.field?.[0] === 'version');
      const rest = showOnFields(form, e, eventFieldOf);
      setProblems(stale ? [{ code: 'CONFLICT', message: t('events.form.stale') }] : rest);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Form<EventFormValues> form={form} layout="vertical" initialValues={initial} onFinish={(v) => void onFinish(v)} data-testid="event-form">
      {problems.map((p, i) => (
        <Alert key={i} type="error" showIcon title={p.message} style={{ marginBottom: 12 }} data-testid="event-form-problem" />
      ))}
      <Space wrap align="start">
        <Form.Item name="type" label={t('events.form.type')} rules={required('type')}>
          <Select style={{ width: 180 }} options={EVENT_TYPES.map((v) => ({ value: v, label: label('EventType', v) }))} />
        </Form.Item>
        <Form.Item name="visibility" label={t('events.form.visibility')}>
          <Radio.Group optionType="button" options={(['PUBLIC', 'INVITE_ONLY'] as const).map((v) => ({ value: v, label: label('EventVisibility', v) }))} />
        </Form.Item>
      </Space>
      <Form.Item name="title" label={t('events.form.title')} rules={required('title')}>
        <Input maxLength={200} data-testid="event-title" />
      </Form.Item>
      <Form.Item name="description" label={t('events.form.description')}>
        <Input.TextArea rows={3} maxLength={4000} />
      </Form.Item>
      <Space wrap align="start">
        <Form.Item name="startsAt" label={t('events.form.startsAt')} rules={required('startsAt')}>
          <DatePicker showTime={{ format: 'HH:mm' }} format={TIME} data-testid="event-starts-at" />
        </Form.Item>
        <Form.Item name="endsAt" label={t('events.form.endsAt')} rules={required('endsAt')}>
          <DatePicker showTime={{ format: 'HH:mm' }} format={TIME} data-testid="event-ends-at" />
        </Form.Item>
        <Form.Item name="registrationDeadline" label={t('events.form.registrationDeadline')} rules={required('registrationDeadline')}>
          <DatePicker showTime={{ format: 'HH:mm' }} format={TIME} data-testid="event-deadline" />
        </Form.Item>
      </Space>
      <Space wrap align="start">
        <Form.Item name="venue" label={t('events.form.venue')}>
          <Input style={{ width: 320 }} data-testid="event-venue" />
        </Form.Item>
        <Form.Item name="onlineUrl" label={t('events.form.onlineUrl')}>
          <Input style={{ width: 320 }} />
        </Form.Item>
      </Space>
      <Space wrap align="start">
        {(['firmCapacity', 'bankCapacity', 'maxRepresentatives', 'tableCount'] as const).map((f) => (
          <Form.Item key={f} name={f} label={t(`events.form.${f}`)} rules={required(f)}>
            <InputNumber min={1} precision={0} data-testid={`event-${f}`} />
          </Form.Item>
        ))}
      </Space>
      <Card size="small" title={t('events.form.invitations')} style={{ marginBottom: 16 }}>
        <Form.Item name="invitedAreas" label={t('events.form.invitedRegions')}>
          <TreeSelect
            multiple
            treeDataSimpleMode={{ id: 'id', pId: 'pId', rootPId: '' }}
            treeData={tree}
            allowClear
            loadData={async (node) => {
              const value = String(node.value);
              if (!loadChildren || !value.startsWith('region:')) return;
              const children = await loadChildren(value.slice('region:'.length));
              setTree((old) => [
                ...old,
                ...children
                  .filter((c) => !old.some((o) => o.value === areaValue(c)))
                  .map((c) => ({ id: areaValue(c), pId: value, value: areaValue(c), title: c.name, isLeaf: c.level === 'PARK' })),
              ]);
            }}
          />
        </Form.Item>
        <Form.Item name="invitedBatchIds" label={t('events.form.invitedBatches')}>
          <Select mode="multiple" allowClear options={batches} />
        </Form.Item>
        <Form.Item name="invitedOrganizationIds" label={t('events.form.invitedOrganizations')}>
          <Input />
        </Form.Item>
      </Card>
      <Card size="small" title={t('events.form.slots')} style={{ marginBottom: 16 }}>
        <Space wrap align="end">
          <Form.Item name={['window', 'start']} label={t('events.form.windowStart')}>
            <DatePicker showTime={{ format: 'HH:mm' }} format={TIME} data-testid="window-start" />
          </Form.Item>
          <Form.Item name={['window', 'end']} label={t('events.form.windowEnd')}>
            <DatePicker showTime={{ format: 'HH:mm' }} format={TIME} data-testid="window-end" />
          </Form.Item>
          <Form.Item name={['window', 'slotMinutes']} label={t('events.form.slotMinutes')}>
            <InputNumber min={5} precision={0} data-testid="window-slot-minutes" />
          </Form.Item>
          <Form.Item name={['window', 'breakMinutes']} label={t('events.form.breakMinutes')}>
            <InputNumber min={0} precision={0} data-testid="window-break-minutes" />
          </Form.Item>
          <Form.Item>
            <Button onClick={generate} data-testid="generate-slots">
              {t('events.form.generate')}
            </Button>
          </Form.Item>
        </Space>
        <Form.List name="slots">
          {(fields, { add, remove }) => (
            <>
              {fields.length === 0 && <p>{t('events.form.noSlots')}</p>}
              {fields.map((field, i) => (
                <Space key={field.key} align="start" data-testid="slot-row">
                  <span style={{ display: 'inline-block', width: 64, paddingTop: 5 }}>{t('events.form.slot', { n: i + 1 })}</span>
                  <Form.Item name={[field.name, 'startsAt']} rules={[{ required: true, message: t('events.form.required', { field: t('events.form.windowStart') }) }]}>
                    <DatePicker showTime={{ format: 'HH:mm' }} format={TIME} aria-label={`${t('events.form.slot', { n: i + 1 })} ${t('events.form.windowStart')}`} />
                  </Form.Item>
                  <Form.Item name={[field.name, 'endsAt']} rules={[{ required: true, message: t('events.form.required', { field: t('events.form.windowEnd') }) }]}>
                    <DatePicker showTime={{ format: 'HH:mm' }} format={TIME} aria-label={`${t('events.form.slot', { n: i + 1 })} ${t('events.form.windowEnd')}`} />
                  </Form.Item>
                  <Button onClick={() => remove(field.name)} aria-label={t('events.form.removeSlot', { n: i + 1 })} data-testid="slot-remove">
                    {t('common.delete')}
                  </Button>
                </Space>
              ))}
              <div>
                <Button onClick={() => add({})}>{t('events.form.addSlot')}</Button>
              </div>
            </>
          )}
        </Form.List>
      </Card>
      <Button type="primary" htmlType="submit" loading={saving} data-testid="event-save">
        {t('events.form.save')}
      </Button>
    </Form>
  );
}
