/** @jest-environment jsdom */
import { initTestI18n } from '../shared/test-i18n';
import { MockedProvider } from '@apollo/client/testing/react';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router';
import { UNREAD_NOTIFICATIONS } from '../app/queries';
import InboxPage from './InboxPage';
import { INBOX, MARK_READ, type Notice } from './queries';
import { inboxTexts } from './texts';

jest.setTimeout(30_000);

const texts = inboxTexts['zh-CN'].inbox;

beforeAll(() => initTestI18n(inboxTexts['zh-CN']));

/** A small stand-in for the API: two notices, the inbox query and the mark-read mutation over them. */
function fakeApi() {
  const notices: Notice[] = ['n1', 'n2'].map((id, i) => ({
    __typename: 'Notification',
    id,
    kind: 'EVENT_INVITATION',
    title: { __typename: 'LocalizedText', zh: `邀请 ${i + 1}`, en: `Invitation ${i + 1}` },
    body: { __typename: 'LocalizedText', zh: '欢迎报名', en: 'Register now' },
    link: `/events/e${i + 1}`,
    createdAt: `2026-12-0${3 - i}T08:00:00.000Z`,
    readAt: null,
    deliveries: [],
  }));
  const marked: unknown[] = [];
  const unread = () => notices.filter((n) => !n.readAt);
  const forever = Number.POSITIVE_INFINITY;
  const mocks = [
    {
      request: { query: INBOX, variables: () => true },
      maxUsageCount: forever,
      result: (v: Record<string, unknown>) => {
        const shown = v.unreadOnly ? unread() : notices;
        return {
          data: {
            notifications: {
              __typename: 'NotificationConnection',
              totalCount: shown.length,
              unreadCount: unread().length,
              pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
              edges: shown.map((node) => ({ __typename: 'NotificationEdge', node: { ...node } })),
            },
          },
        };
      },
    },
    {
      request: { query: MARK_READ, variables: () => true },
      maxUsageCount: forever,
      result: (v: Record<string, unknown>) => {
        const input = v.input as { ids?: string[]; all?: boolean };
        marked.push(input);
        const hit = unread().filter((n) => input.all || input.ids?.includes(n.id));
        for (const n of hit) n.readAt = '2026-12-03T10:00:00.000Z';
        return { data: { markNotificationsRead: hit.length } };
      },
    },
    {
      request: { query: UNREAD_NOTIFICATIONS, variables: () => true },
      maxUsageCount: forever,
      result: () => ({ data: { notifications: { __typename: 'NotificationConnection', unreadCount: unread().length } } }),
    },
  ];
  return { mocks, marked };
}

function renderPage(api: ReturnType<typeof fakeApi>) {
  return render(
    <MockedProvider mocks={api.mocks}>
      <MemoryRouter initialEntries={['/inbox']}>
        <Routes>
          <Route path="/inbox" element={<InboxPage />} />
          <Route path="/events/:id" element={<p>活动页面</p>} />
        </Routes>
      </MemoryRouter>
    </MockedProvider>,
  );
}

describe('the inbox page', () => {
  it('lists the notices, marks one read, filters the unread and marks all read', async () => {
    const api = fakeApi();
    renderPage(api);
    expect(await screen.findByText('邀请 1')).toBeTruthy();
    expect(screen.getByText('2 条未读')).toBeTruthy();

    await userEvent.click(screen.getByTestId('mark-read-n1'));
    await waitFor(() => expect(screen.getByText('1 条未读')).toBeTruthy());
    expect(api.marked).toEqual([{ ids: ['n1'] }]);
    expect(screen.queryByTestId('mark-read-n1')).toBeNull();

    await userEvent.click(screen.getByTitle(texts.page.unread));
    expect(await screen.findByText('邀请 2')).toBeTruthy();
    await waitFor(() => expect(screen.queryByText('邀请 1')).toBeNull());

    await userEvent.click(screen.getByTestId('mark-all-read'));
    expect(await screen.findByText(texts.page.emptyUnread)).toBeTruthy();
    expect(api.marked).toEqual([{ ids: ['n1'] }, { all: true }]);
  });

  it('opens the page a notice links to, marking it read', async () => {
    const api = fakeApi();
    renderPage(api);
    await userEvent.click(await screen.findByTestId('open-n2'));
    expect(await screen.findByText('活动页面')).toBeTruthy();
    expect(api.marked).toEqual([{ ids: ['n2'] }]);
  });
});
