import { demoAccounts } from '../fixtures/accounts';
import { expect, test } from '../fixtures/test';
import { EventsPage } from '../pages/EventsPage';

test.describe('the calendar of a programme that ended years ago', () => {
  test('opens on the month of its latest event, not on today', async ({
    page,
    apiAs,
    signInAs,
  }) => {
    // A programme of its own, so events other tests log elsewhere cannot move its latest one.
    const coordinator = await apiAs(demoAccounts.coordinator);
    const code = `CAL-${Date.now().toString(36).toUpperCase()}`;
    const { createProgramme } = await coordinator.query<{ createProgramme: { id: string } }>(
      `mutation ($input: CreateProgrammeInput!) { createProgramme(input: $input) { id } }`,
      {
        input: {
          code,
          title: 'Календар завершеної програми',
          startsOn: '2015-01-01',
          endsOn: '2016-12-31',
          sides: [
            { name: 'Харківська область', country: 'UA' },
            { name: 'Белгородская область', country: 'RU' },
          ],
        },
      },
    );
    const programmeId = createProgramme.id;
    const log = (title: string, startsAt: string, endsAt: string) =>
      coordinator.query(
        `mutation ($programmeId: ID!, $input: EventInput!) {
          logEvent(programmeId: $programmeId, input: $input) { id }
        }`,
        {
          programmeId,
          input: { type: 'WORKSHOP', title, startsAt, endsAt, timeZone: 'Europe/Kyiv' },
        },
      );
    const latest = `Підсумковий семінар ${code}`;
    await log(`Перший семінар ${code}`, '2015-03-10T10:00:00+02:00', '2015-03-10T12:00:00+02:00');
    await log(latest, '2016-05-18T10:00:00+03:00', '2016-05-18T12:00:00+03:00');

    await signInAs(demoAccounts.coordinator);
    const events = new EventsPage(page);
    await events.goto(programmeId, '?view=calendar');
    await expect(
      events.monthCalendar.getByRole('link', { name: latest, exact: true }),
    ).toBeVisible();
    await expect(events.monthCalendar).toHaveAccessibleName(/2016/);

    // The week view opens on the same event's week.
    await events.goto(programmeId, '?view=week');
    await expect(
      events.weekCalendar.getByRole('link', { name: latest, exact: true }),
    ).toBeVisible();
  });
});
