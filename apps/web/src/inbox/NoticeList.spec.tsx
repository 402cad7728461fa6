/** @jest-environment jsdom */
import { initTestI18n } from '../shared/test-i18n';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18n from 'i18next';
import { NoticeList } from './NoticeList';
import type { Notice } from './queries';
import { inboxTexts } from './texts';

jest.setTimeout(30_000);

const texts = inboxTexts['zh-CN'].inbox;

const notice = (over: Partial<Notice>): Notice => ({
  id: 'n1',
  kind: 'MEETING_REMINDER',
  title: { zh: '洽谈将在 1 小时后开始', en: 'Your meeting starts in an hour' },
  body: { zh: '测试银行 · 3 号桌', en: 'Test Bank · table 3' },
  link: '/events/e1',
  createdAt: '2026-12-03T08:00:00.000Z',
  readAt: null,
  deliveries: [{ channel: 'EMAIL', status: 'SENT' }],
  ...over,
});

beforeAll(async () => {
  await initTestI18n(inboxTexts['zh-CN']);
  i18n.addResourceBundle('en', 'translation', inboxTexts.en, true, true);
});
afterEach(() => act(() => void i18n.changeLanguage('zh-CN')));

describe('the inbox list', () => {
  it('shows a notice in Chinese, marks the unread one, and lets it be marked read or opened', async () => {
    const onMarkRead = jest.fn();
    const onOpen = jest.fn();
    const unread = notice({});
    const read = notice({ id: 'n2', title: { zh: '报名成功', en: 'Registered' }, link: null, readAt: '2026-12-03T09:00:00.000Z', deliveries: [] });
    render(<NoticeList notices={[unread, read]} emptyText={texts.page.empty} onMarkRead={onMarkRead} onOpen={onOpen} />);

    const first = screen.getByTestId('notice-n1');
    expect(within(first).getByText('洽谈将在 1 小时后开始')).toBeTruthy();
    expect(within(first).getByText('测试银行 · 3 号桌')).toBeTruthy();
    expect(within(first).getByText(texts.notice.unread)).toBeTruthy();
    expect(within(first).getByText(texts.notice.mailStatus.SENT)).toBeTruthy();

    await userEvent.click(screen.getByTestId('mark-read-n1'));
    expect(onMarkRead).toHaveBeenCalledWith(unread);
    await userEvent.click(screen.getByTestId('open-n1'));
    expect(onOpen).toHaveBeenCalledWith(unread);

    // A read notice without a link offers neither.
    const second = screen.getByTestId('notice-n2');
    expect(within(second).getByText('报名成功')).toBeTruthy();
    expect(within(second).queryByText(texts.notice.unread)).toBeNull();
    expect(screen.queryByTestId('mark-read-n2')).toBeNull();
    expect(screen.queryByTestId('open-n2')).toBeNull();
  });

  it('shows the English text when English is chosen', async () => {
    await act(() => i18n.changeLanguage('en'));
    render(<NoticeList notices={[notice({})]} emptyText="" onMarkRead={jest.fn()} onOpen={jest.fn()} />);
    expect(screen.getByText('Your meeting starts in an hour')).toBeTruthy();
    expect(screen.getByText(inboxTexts.en.inbox.notice.markRead)).toBeTruthy();
  });

  it('says so when there is nothing', () => {
    render(<NoticeList notices={[]} emptyText={texts.page.emptyUnread} onMarkRead={jest.fn()} onOpen={jest.fn()} />);
    expect(screen.getByText(texts.page.emptyUnread)).toBeTruthy();
  });
});
