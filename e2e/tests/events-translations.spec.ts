import { demoAccounts } from '../fixtures/accounts';
import { tFeature } from '../fixtures/featureI18n';
import { expect, test } from '../fixtures/test';
import { ActionPlanPage } from '../pages/ActionPlanPage';
import { EventPage } from '../pages/EventPage';

const LOG_EVENT = `mutation ($programmeId: ID!, $input: EventInput!) {
  logEvent(programmeId: $programmeId, input: $input) { id }
}`;

/** A language's name as the interface, in `locale`, shows it. */
const languageName = (code: string, locale: string) =>
  new Intl.DisplayNames([locale], { type: 'language' }).of(code) ?? code;

test.describe('event translations', () => {
  test('a coordinator translates an event’s title and an English reader sees it, with the untranslated description marked', async ({
    page,
    apiAs,
    signInAs,
    appShell,
  }) => {
    const api = await apiAs(demoAccounts.coordinator);
    const programmeId = await ActionPlanPage.programmeId(api);
    const suffix = Date.now().toString(36);
    const title = `Семінар: спільні туристичні маршрути ${suffix}`;
    const description = 'Маршрути вздовж кордону для гостей обох областей.';
    const { logEvent } = await api.query<{ logEvent: { id: string } }>(LOG_EVENT, {
      programmeId,
      input: {
        type: 'SEMINAR',
        title,
        description,
        startsAt: '2026-05-20T10:00:00+03:00',
        endsAt: '2026-05-20T13:00:00+03:00',
        timeZone: 'Europe/Kyiv',
      },
    });

    await signInAs(demoAccounts.coordinator);
    await page.goto(
      `/programmes/${encodeURIComponent(programmeId)}/events/${encodeURIComponent(logEvent.id)}`,
    );
    const eventPage = new EventPage(page);
    await eventPage.expectTitle(title);

    const englishTitle = `Seminar: shared tourist routes ${suffix}`;
    await eventPage.translate(languageName('en', 'uk'), { title: englishTitle });
    // Ukrainian is the programme's first working language: nothing is marked for its readers.
    await eventPage.expectTitle(title);
    await expect(page.getByText(/Немає перекладу/)).toHaveCount(0);

    await appShell.switchLanguage('en');
    const heading = page.getByRole('heading', { level: 1, name: englishTitle });
    await expect(heading).toBeVisible();
    await expect(heading).toHaveAttribute('lang', 'en');
    await expect(
      page.getByText(
        tFeature(
          'programmes',
          'overview.noTranslation',
          { language: languageName('en', 'en'), shown: languageName('uk', 'en') },
          'en',
        ),
      ),
    ).toBeVisible();
    await expect(page.getByText(description)).toHaveAttribute('lang', 'uk');
  });
});
