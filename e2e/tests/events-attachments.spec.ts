import { demoAccounts } from '../fixtures/accounts';
import type { Api } from '../fixtures/api';
import { tFeature } from '../fixtures/featureI18n';
import { expect, test } from '../fixtures/test';
import { ActionPlanPage } from '../pages/ActionPlanPage';
import { AppShell } from '../pages/AppShell';
import { EventPage } from '../pages/EventPage';
import { EventsPage } from '../pages/EventsPage';
import { SignInPage } from '../pages/SignInPage';

/** The demo indicator computed from held conferences and round tables. */
const MEETINGS_INDICATOR = 'Проведено конференцій і круглих столів';

const eventPath = (programmeId: string, eventId: string) =>
  `/programmes/${encodeURIComponent(programmeId)}/events/${encodeURIComponent(eventId)}`;

/** The partner id of the signed-in partner's own organisation in the programme. */
async function ownPartnerId(api: Api, programmeId: string): Promise<string> {
  const data = await api.query<{
    me: { organisation: { id: string } | null } | null;
    programme: { partners: { id: string; organisation: { id: string } }[] } | null;
  }>(
    'query ($id: ID!) { me { organisation { id } } programme(id: $id) { partners { id organisation { id } } } }',
    { id: programmeId },
  );
  const own = data.programme?.partners.find(
    (partner) => partner.organisation.id === data.me?.organisation?.id,
  );
  expect(own, 'the partner’s organisation is a partner of the programme').toBeDefined();
  return own!.id;
}

test.describe('event files and computed indicators', () => {
  test('a partner attaches minutes to the round table it logged and the coordinator sees them', async ({
    page,
    browser,
    baseURL,
    apiAs,
    signInAs,
  }) => {
    const programmeId = await ActionPlanPage.programmeId(await apiAs(demoAccounts.coordinator));
    await page.setViewportSize({ width: 360, height: 740 });
    await signInAs(demoAccounts.partnerKharkiv);
    const events = new EventsPage(page);
    await events.goto(programmeId);

    const suffix = Date.now().toString(36);
    const title = `Круглий стіл: пункти пропуску ${suffix}`;
    await events.logEvent({
      type: tFeature('events', 'enums.EventType.ROUND_TABLE'),
      title,
      startsAt: '2026-04-14T11:00',
      endsAt: '2026-04-14T15:00',
    });
    await events.open(title);
    const eventUrl = page.url();

    const minutes = {
      name: `протокол-${suffix}.csv`,
      mimeType: 'text/csv',
      buffer: Buffer.from(
        'Питання,Рішення\nПрикордонні пункти пропуску,Створити робочу групу\n',
        'utf8',
      ),
    };
    const eventPage = new EventPage(page);
    await eventPage.attach(minutes);

    const coordinatorContext = await browser.newContext({
      baseURL,
      locale: 'uk-UA',
      timezoneId: 'Europe/Kyiv',
    });
    const coordinatorPage = await coordinatorContext.newPage();
    const signIn = new SignInPage(coordinatorPage);
    await signIn.goto();
    await signIn.signIn(demoAccounts.coordinator);
    await new AppShell(coordinatorPage).expectSignedIn();
    await coordinatorPage.goto(eventUrl);
    const coordinatorEvent = new EventPage(coordinatorPage);
    await coordinatorEvent.expectTitle(title);
    const link = coordinatorEvent.attachmentLink(minutes.name);
    await expect(link).toBeVisible();

    const download = await coordinatorPage.request.get((await link.getAttribute('href')) ?? '');
    expect(download.status()).toBe(200);
    expect(await download.body()).toEqual(minutes.buffer);
    await coordinatorContext.close();
  });

  test('a file of a refused kind is explained, not attached', async ({ page, apiAs, signInAs }) => {
    const partner = await apiAs(demoAccounts.partnerKharkiv);
    const programmeId = await ActionPlanPage.programmeId(partner);
    const title = `Семінар: бюджет розвитку ${Date.now().toString(36)}`;
    const { logEvent } = await partner.query<{ logEvent: { id: string } }>(
      'mutation ($programmeId: ID!, $input: EventInput!) { logEvent(programmeId: $programmeId, input: $input) { id } }',
      {
        programmeId,
        input: {
          type: 'SEMINAR',
          title,
          startsAt: '2026-05-12T07:00:00Z',
          endsAt: '2026-05-12T10:00:00Z',
          timeZone: 'Europe/Kyiv',
          organiserPartnerId: await ownPartnerId(partner, programmeId),
        },
      },
    );
    await signInAs(demoAccounts.partnerKharkiv);
    await page.goto(eventPath(programmeId, logEvent.id));
    await new EventPage(page).expectTitle(title);

    await page.getByLabel(tFeature('events', 'attachments.choose'), { exact: true }).setInputFiles({
      name: 'протокол.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('<html><body>not a pdf</body></html>', 'utf8'),
    });
    await expect(page.getByRole('alert')).toHaveText(
      tFeature('events', 'attachments.errors.refused.markup'),
    );
    await expect(page.getByText(tFeature('events', 'attachments.empty'))).toBeVisible();
  });

  test('the computed indicator rises when the partner marks an event held', async ({
    page,
    apiAs,
    signInAs,
  }) => {
    const partner = await apiAs(demoAccounts.partnerKharkiv);
    const programmeId = await ActionPlanPage.programmeId(partner);
    const title = `Конференція: прикордонна співпраця ${Date.now().toString(36)}`;
    const { logEvent } = await partner.query<{ logEvent: { id: string } }>(
      'mutation ($programmeId: ID!, $input: EventInput!) { logEvent(programmeId: $programmeId, input: $input) { id } }',
      {
        programmeId,
        input: {
          type: 'CONFERENCE',
          title,
          startsAt: '2026-06-02T07:00:00Z',
          endsAt: '2026-06-02T14:00:00Z',
          timeZone: 'Europe/Kyiv',
          status: 'PLANNED',
          organiserPartnerId: await ownPartnerId(partner, programmeId),
        },
      },
    );
    await signInAs(demoAccounts.partnerKharkiv);

    const achievedCell = page
      .getByRole('table', { name: tFeature('action-plan', 'indicators.title'), exact: true })
      .getByRole('row')
      .filter({ hasText: MEETINGS_INDICATOR })
      .getByRole('cell')
      .nth(2);
    const achieved = async () => {
      await page.goto(`/programmes/${encodeURIComponent(programmeId)}/indicators`);
      await expect(achievedCell).toHaveText(/\d/);
      return Number(/\d+/.exec((await achievedCell.textContent()) ?? '')?.[0]);
    };
    const before = await achieved();
    expect(before).toBeGreaterThan(0);

    await page.goto(eventPath(programmeId, logEvent.id));
    const eventPage = new EventPage(page);
    await eventPage.expectTitle(title);
    await eventPage.setStatus(tFeature('events', 'enums.EventStatus.HELD'));

    await page.goto(`/programmes/${encodeURIComponent(programmeId)}/indicators`);
    await expect(achievedCell).toHaveText(new RegExp(`^${before + 1}\\D`));
  });
});
