import type { Browser } from '@playwright/test';
import { demoAccounts, type Account } from '../fixtures/accounts';
import { tFeature } from '../fixtures/featureI18n';
import { expect, test } from '../fixtures/test';
import { ActionPlanPage } from '../pages/ActionPlanPage';
import { AppShell } from '../pages/AppShell';
import { MonitoringPage } from '../pages/MonitoringPage';
import { SignInPage } from '../pages/SignInPage';

/** A second person at their own browser, signed in. */
async function personAt(browser: Browser, baseURL: string | undefined, account: Account) {
  const context = await browser.newContext({ baseURL, locale: 'uk-UA', timezoneId: 'Europe/Kyiv' });
  const page = await context.newPage();
  const signIn = new SignInPage(page);
  await signIn.goto();
  await signIn.signIn(account);
  await new AppShell(page).expectSignedIn();
  return { context, page, monitoring: new MonitoringPage(page) };
}

test.describe('monitoring', () => {
  test('a round is opened, partners of both sides answer, the coordinator resolves one issue', async ({
    page,
    browser,
    baseURL,
    apiAs,
    signInAs,
  }) => {
    // Three people at three browsers, one after another: more than the default time.
    test.slow();
    const programmeId = await ActionPlanPage.programmeId(await apiAs(demoAccounts.coordinator));
    const stamp = Date.now().toString(36);
    const roundTitle = `Моніторинг прикордонних громад ${stamp}`;
    const problem = `Черги на пункті пропуску для шкільних автобусів ${stamp}`;
    const expectation = `Ожидаем совместный фонд малых проектов ${stamp}`;

    // The coordinator opens the round.
    await signInAs(demoAccounts.coordinator);
    const coordinator = new MonitoringPage(page);
    await coordinator.goto(programmeId);
    await coordinator.openRound({
      title: roundTitle,
      periodStart: '2026-01-01',
      periodEnd: '2026-06-30',
      prompts: ['Які проблеми заважають співпраці?', 'Чого ви очікуєте від партнерів?'],
    });
    const roundUrl = page.url();

    // The Kharkiv council answers with a problem from a phone, the Belgorod duma with an expectation.
    const kharkiv = await personAt(browser, baseURL, demoAccounts.partnerKharkiv);
    await kharkiv.page.setViewportSize({ width: 360, height: 740 });
    await kharkiv.page.goto(roundUrl);
    await kharkiv.monitoring.addAnswer({
      kind: 'PROBLEM',
      category: tFeature('monitoring', 'enums.IssueCategory.BORDER_CROSSING'),
      severity: tFeature('monitoring', 'enums.IssueSeverity.HIGH'),
      title: problem,
      description: 'Автобуси з дітьми стоять у загальній черзі до двох годин.',
    });
    await kharkiv.monitoring.submitAnswers();
    await kharkiv.context.close();

    const neighbour = await personAt(browser, baseURL, demoAccounts.partnerNeighbour);
    await neighbour.page.goto(roundUrl);
    await neighbour.monitoring.addAnswer({
      kind: 'EXPECTATION',
      category: tFeature('monitoring', 'enums.IssueCategory.FINANCE'),
      severity: tFeature('monitoring', 'enums.IssueSeverity.MEDIUM'),
      title: expectation,
    });
    await neighbour.monitoring.submitAnswers();
    await neighbour.context.close();

    // The coordinator sees one partner of each side done, and the answers counted.
    await page.reload();
    await expect(coordinator.sideRow('Харківська область')).toContainText('1 з 3 (33 %)');
    await expect(coordinator.sideRow('Белгородская область')).toContainText('1 з 3 (33 %)');
    await expect(coordinator.partnerRow('Харківська обласна рада')).toContainText(
      tFeature('monitoring', 'completion.submittedOn', { date: '' }).trim(),
    );
    const matrix = page.getByRole('table', {
      name: tFeature('monitoring', 'results.matrix'),
      exact: true,
    });
    await expect(
      matrix.getByRole('row', {
        name: tFeature('monitoring', 'enums.IssueCategory.BORDER_CROSSING'),
      }),
    ).toContainText('1');

    // …and works the Kharkiv problem through to its resolution.
    await coordinator.goto(programmeId);
    await page.getByRole('link', { name: problem, exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: problem })).toBeVisible();
    await coordinator.move('IN_REVIEW');
    // Under review a duplicate could be dismissed at once; this one is worked on.
    await expect(
      page.getByRole('group', { name: tFeature('monitoring', 'move.label') }),
    ).toContainText(tFeature('monitoring', 'transition.DISMISSED'));
    await coordinator.move('IN_PROGRESS', { comment: 'Звернулися до прикордонної служби' });
    const resolution = 'Для шкільних автобусів відкрито окрему смугу з 1 вересня.';
    await coordinator.move('RESOLVED', { resolution });
    await expect(page.getByText(resolution, { exact: true })).toBeVisible();
    await expect(
      page.getByRole('group', { name: tFeature('monitoring', 'move.label') }),
    ).toContainText(tFeature('monitoring', 'transition.OPEN'));
    const history = page.getByRole('region', { name: tFeature('monitoring', 'history.heading') });
    await expect(history).toContainText(
      tFeature('monitoring', 'history.moved', {
        from: tFeature('monitoring', 'enums.IssueStatus.IN_PROGRESS'),
        to: tFeature('monitoring', 'enums.IssueStatus.RESOLVED'),
      }),
    );
    await expect(
      page.getByRole('region', { name: tFeature('monitoring', 'thread.heading') }),
    ).toContainText('Звернулися до прикордонної служби');
  });
});
