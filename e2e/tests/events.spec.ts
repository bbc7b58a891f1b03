import { demoAccounts } from '../fixtures/accounts';
import { tFeature } from '../fixtures/featureI18n';
import { expect, test } from '../fixtures/test';
import { ActionPlanPage } from '../pages/ActionPlanPage';
import { AppShell } from '../pages/AppShell';
import { EventsPage } from '../pages/EventsPage';
import { SignInPage } from '../pages/SignInPage';

test.describe('events', () => {
  test('a partner logs a round table from a phone and the coordinator sees it in the list', async ({
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

    // 01:30 Kyiv time on the night the clocks go forward.
    const title = `Круглий стіл: прикордонна торгівля ${Date.now().toString(36)}`;
    await events.logEvent({
      type: tFeature('events', 'enums.EventType.ROUND_TABLE'),
      title,
      startsAt: '2026-03-29T01:30',
      endsAt: '2026-03-29T05:00',
    });

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

    const coordinatorEvents = new EventsPage(coordinatorPage);
    await coordinatorEvents.goto(programmeId, '?from=2026-03-29&to=2026-03-29');
    const row = coordinatorEvents.row(title);
    await expect(row).toContainText(tFeature('events', 'enums.EventType.ROUND_TABLE'));
    await expect(row).toContainText('01:30');
    await expect(row).toContainText(tFeature('events', 'enums.EventStatus.PLANNED'));
    await coordinatorContext.close();
  });
});
