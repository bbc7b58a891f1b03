import { demoAccounts } from '../fixtures/accounts';
import { tFeature } from '../fixtures/featureI18n';
import { expect, test } from '../fixtures/test';
import { ActionPlanPage } from '../pages/ActionPlanPage';
import { EventPage } from '../pages/EventPage';
import { EventsPage } from '../pages/EventsPage';

/** Demo events of autumn 2012 under the Kharkiv–Belgorod programme. */
const CONFERENCE = 'Конференція «Місцеве самоврядування прикордонних регіонів»'; // 4 October
const ROUND_TABLE = 'Круглий стіл у Харкові: спільні проєкти прикордонних громад'; // 11 October, 11:00
const CHECKPOINTS = 'Круглый стол: пункты пропуска и сотрудничество приграничных районов'; // 6 November

test.describe('events calendar', () => {
  test('an observer walks the list, month and week views with the keyboard and opens an event', async ({
    page,
    apiAs,
    signInAs,
  }) => {
    const programmeId = await ActionPlanPage.programmeId(await apiAs(demoAccounts.coordinator));
    await signInAs(demoAccounts.observer);
    const events = new EventsPage(page);
    await events.goto(programmeId, '?from=2012-10-01&to=2012-10-31&date=2012-11-15');

    // The list: October's events by start, the round table among them.
    await expect(events.viewOption('list')).toBeChecked();
    await expect(events.row(ROUND_TABLE)).toContainText(
      tFeature('events', 'enums.EventType.ROUND_TABLE'),
    );
    await expect(events.row(CHECKPOINTS)).toHaveCount(0);

    // → Month: November 2012, the day of the URL.
    await events.switchViewWithKeyboard('list', 'ArrowRight');
    await expect(events.viewOption('calendar')).toBeChecked();
    await expect(page).toHaveURL(/view=calendar/);
    const month = events.monthCalendar;
    await expect(month.getByRole('link', { name: CHECKPOINTS, exact: true })).toBeVisible();
    await expect(month.getByRole('link', { name: ROUND_TABLE, exact: true })).toHaveCount(0);

    // Back a month with the keyboard: October, with both October events on their days.
    await events.periodButton('calendar.previous').focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/date=2012-10-01/);
    await expect(month.getByRole('link', { name: ROUND_TABLE, exact: true })).toBeVisible();
    await expect(month.getByRole('link', { name: CONFERENCE, exact: true })).toBeVisible();
    await expect(month.getByRole('link', { name: CHECKPOINTS, exact: true })).toHaveCount(0);
    const eleventh = month.getByRole('cell').filter({
      has: page.getByRole('link', { name: ROUND_TABLE, exact: true }),
    });
    await expect(eleventh).toContainText('11');

    // → Week: the month's first week (1–7 October) holds the conference.
    await events.switchViewWithKeyboard('calendar', 'ArrowRight');
    await expect(events.viewOption('week')).toBeChecked();
    const week = events.weekCalendar;
    await expect(week.getByRole('link', { name: CONFERENCE, exact: true })).toBeVisible();
    await expect(week.getByRole('link', { name: ROUND_TABLE, exact: true })).toHaveCount(0);

    // The next week (8–14 October): the round table at 11:00, Kyiv time.
    await events.periodButton('week.next').focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/date=2012-10-08/);
    const roundTable = page.getByRole('link', { name: ROUND_TABLE, exact: true });
    await expect(week.getByRole('cell').filter({ has: roundTable })).toContainText('11:00');
    await expect(week.getByRole('link', { name: CONFERENCE, exact: true })).toHaveCount(0);

    // ← Month again: the week's month, October.
    await events.switchViewWithKeyboard('week', 'ArrowLeft');
    await expect(events.viewOption('calendar')).toBeChecked();
    await expect(month.getByRole('link', { name: ROUND_TABLE, exact: true })).toBeVisible();

    // Opening the event from the month, with the keyboard.
    await month.getByRole('link', { name: ROUND_TABLE, exact: true }).focus();
    await page.keyboard.press('Enter');
    await new EventPage(page).expectTitle(ROUND_TABLE);
    await expect(page).toHaveURL(/\/events\/[^/?]+$/);
  });
});
