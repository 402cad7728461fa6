import { NotificationKind, NotificationService } from '@zhirong/notifications';
import { useWebHarness } from './harness';

/**
 * 消息: a notice a domain sends shows on the bell and in the inbox, opens the page it links
 * to and counts as read from then on; the administrator's caught-mail page says plainly
 * when no mail catcher runs (tests run none).
 */
jest.setTimeout(120_000);

describe('the inbox', () => {
  const h = useWebHarness();

  it('shows a new notice on the bell and in the inbox, and opens its page, which marks it read', async () => {
    const [firm] = (await h.t.dataSource.query(`select id from app_user where email = 'firm@zhirong.test'`)) as { id: string }[];
    await h.t.dataSource.transaction((m) =>
      h.t.module.get(NotificationService).send(m, {
        kind: NotificationKind.EVENT_INVITATION,
        recipients: { userIds: [firm.id] },
        key: 'web-inbox-invitation',
        title: { zh: '邀请您参加闵行银企对接会', en: 'You are invited to the Minhang matchmaking fair' },
        body: { zh: '12 月 10 日上午，闵行区政府一楼。', en: 'On 10 December, morning, at the Minhang district government.' },
        link: '/firm/needs',
        email: false,
      }),
    );
    const page = await h.openAs('firm@zhirong.test');
    const bell = page.getByTestId('notification-bell');
    await page.locator('.ant-badge').filter({ has: bell }).getByText('1').waitFor();
    await bell.click();
    await page.waitForURL(`${h.origin}/inbox`);
    await page.getByText('邀请您参加闵行银企对接会').waitFor();
    await page.getByText('1 条未读').waitFor();
    await h.shot(page, 'inbox');

    await page.locator('[data-testid^="open-"]').first().click();
    await page.waitForURL(`${h.origin}/firm/needs`);
    await page.getByRole('menuitem', { name: '消息' }).click();
    await page.getByText('0 条未读').waitFor();
    expect(await page.getByTestId('mark-all-read').isDisabled()).toBe(true);
    await page.getByTitle('未读').click();
    await page.getByText('没有未读消息').waitFor();
  });

  it('tells the administrator that no mail catcher runs', async () => {
    const page = await h.openAs('admin@zhirong.test');
    await page.getByRole('menuitem', { name: '邮件截获' }).click();
    await page.getByTestId('mail-error').getByText(/MAIL_CATCHER_DIR/).waitFor();
  });
});
