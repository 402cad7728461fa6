/** @jest-environment jsdom */
import { initTestI18n } from '../shared/test-i18n';
import { CombinedGraphQLErrors } from '@apollo/client';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import dayjs from 'dayjs';
import { EventForm } from './EventForm';
import { eventFieldOf, eventInput, NEW_EVENT, slotsFromWindow, type EventFormValues } from './event-form-values';
import { zh } from './texts';

beforeAll(() => initTestI18n({ events: zh }));
jest.setTimeout(30_000);

const at = (time: string) => dayjs(`2026-12-10T${time}:00+08:00`);

describe('slots from a meeting window', () => {
  it('fits as many slots of the length, with breaks between, as end by the window’s end', () => {
    const slots = slotsFromWindow(at('09:00'), at('10:00'), 20, 5);
    expect(slots.map((s) => [s.startsAt!.toISOString(), s.endsAt!.toISOString()])).toEqual([
      ['2026-12-10T01:00:00.000Z', '2026-12-10T01:20:00.000Z'],
      ['2026-12-10T01:25:00.000Z', '2026-12-10T01:45:00.000Z'],
    ]);
    expect(slotsFromWindow(at('09:00'), at('09:40'), 20, 0)).toHaveLength(2);
    expect(slotsFromWindow(at('09:00'), at('09:10'), 20, 0)).toEqual([]);
    expect(slotsFromWindow(at('09:00'), at('10:00'), 3, 0)).toEqual([]);
  });

  it('puts a slot’s server error on that slot and the invitation lists on their pickers', () => {
    expect(eventFieldOf(['slots', 2])).toEqual(['slots', 2, 'startsAt']);
    expect(eventFieldOf(['slots', 0, 'endsAt'])).toEqual(['slots', 0, 'endsAt']);
    expect(eventFieldOf(['invitedParkIds', 1])).toEqual(['invitedAreas']);
    expect(eventFieldOf(['version'])).toBeUndefined();
    expect(eventFieldOf(['venue'])).toEqual(['venue']);
  });

  it('sends regions and parks apart, organisation ids split, slots in ISO', () => {
    const values: EventFormValues = {
      ...NEW_EVENT,
      title: ' 闵行银企对接会 ',
      startsAt: at('09:00'),
      endsAt: at('12:00'),
      registrationDeadline: at('08:00').subtract(1, 'day'),
      venue: '闵行区政府',
      invitedAreas: ['region:r1', 'park:p1'],
      invitedOrganizationIds: 'a, b，c',
      slots: [{ startsAt: at('09:00'), endsAt: at('09:20') }],
    };
    expect(eventInput(values)).toMatchObject({
      title: '闵行银企对接会',
      startsAt: '2026-12-10T01:00:00.000Z',
      invitedRegionIds: ['r1'],
      invitedParkIds: ['p1'],
      invitedOrganizationIds: ['a', 'b', 'c'],
      slots: [{ startsAt: '2026-12-10T01:00:00.000Z', endsAt: '2026-12-10T01:20:00.000Z' }],
    });
  });
});

describe('the event form', () => {
  const initial: EventFormValues = {
    ...NEW_EVENT,
    title: '闵行银企对接会',
    startsAt: at('09:00'),
    endsAt: at('12:00'),
    registrationDeadline: at('09:00').subtract(1, 'day'),
    venue: '闵行区政府',
    window: { start: at('09:00'), end: at('10:30'), slotMinutes: 20, breakMinutes: 10 },
  };

  it('generates slots from the window, lets one be removed, and shows the server’s overlap error on its slot', async () => {
    const submit = jest
      .fn()
      .mockRejectedValueOnce(new CombinedGraphQLErrors({ errors: [{ message: 'Slot 2 overlaps slot 1', extensions: { code: 'BAD_USER_INPUT', field: 'input.slots.1' } }] }))
      .mockResolvedValue(undefined);
    render(<EventForm initial={initial} areas={[]} batches={[]} submit={submit} />);
    expect(screen.getByText(zh.form.noSlots)).toBeTruthy();
    await userEvent.click(screen.getByTestId('generate-slots'));
    // 09:00–09:20, 09:30–09:50, 10:00–10:20 fit; 10:30 does not start another.
    expect(await screen.findAllByTestId('slot-row')).toHaveLength(3);
    expect((screen.getByLabelText('时段 3 开始') as HTMLInputElement).value).toBe(at('10:00').format('YYYY-MM-DD HH:mm'));

    await userEvent.click(screen.getByLabelText('删除时段 3'));
    expect(screen.getAllByTestId('slot-row')).toHaveLength(2);

    await userEvent.click(screen.getByTestId('event-save'));
    await waitFor(() => expect(submit).toHaveBeenCalledTimes(1));
    const sent = eventInput(submit.mock.calls[0][0]);
    expect(sent.slots).toEqual([
      { startsAt: '2026-12-10T01:00:00.000Z', endsAt: '2026-12-10T01:20:00.000Z' },
      { startsAt: '2026-12-10T01:30:00.000Z', endsAt: '2026-12-10T01:50:00.000Z' },
    ]);
    const second = screen.getAllByTestId('slot-row')[1];
    expect(await within(second).findByText('Slot 2 overlaps slot 1')).toBeTruthy();
    expect(within(screen.getAllByTestId('slot-row')[0]).queryByText('Slot 2 overlaps slot 1')).toBeNull();
  });

  it('says so when someone else saved the event first', async () => {
    const submit = jest.fn().mockRejectedValue(new CombinedGraphQLErrors({ errors: [{ message: 'The event changed', extensions: { code: 'CONFLICT', field: 'input.version' } }] }));
    render(<EventForm initial={{ ...initial, slots: [{ startsAt: at('09:00'), endsAt: at('09:20') }] }} areas={[]} batches={[]} submit={submit} />);
    await userEvent.click(screen.getByTestId('event-save'));
    expect(await screen.findByText(zh.form.stale)).toBeTruthy();
  });
});
