import { demoAccounts } from '../fixtures/accounts';
import { tFeature } from '../fixtures/featureI18n';
import { expect, test } from '../fixtures/test';
import { ActionPlanPage } from '../pages/ActionPlanPage';
import { ProgrammePage } from '../pages/ProgrammePage';

const LOG_EVENT = `mutation ($programmeId: ID!, $input: EventInput!) {
  logEvent(programmeId: $programmeId, input: $input) { id }
}`;

test.describe('missing translations', () => {
  test('a coordinator finds an untranslated event on the programme’s translations tab and opens it', async ({
    page,
    apiAs,
    signInAs,
  }) => {
    const api = await apiAs(demoAccounts.coordinator);
    const programmeId = await ActionPlanPage.programmeId(api);
    const title = `Круглий стіл без перекладу ${Date.now().toString(36)}`;
    await api.query(LOG_EVENT, {
      programmeId,
      input: {
        type: 'ROUND_TABLE',
        title,
        startsAt: '2026-06-10T10:00:00+03:00',
        endsAt: '2026-06-10T12:00:00+03:00',
        timeZone: 'Europe/Kyiv',
      },
    });

    await signInAs(demoAccounts.coordinator);
    await page.goto(`/programmes/${encodeURIComponent(programmeId)}`);
    const programme = new ProgrammePage(page);
    await programme.openTab('translations');
    const table = page.getByRole('table', { name: tFeature('localisation', 'missing.heading') });
    const row = table.getByRole('row', { name: new RegExp(title) });
    await expect(row).toContainText(tFeature('localisation', 'missing.fields.title'));
    await row.getByRole('link', { name: title }).click();
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  });

  test('partners do not see the tab', async ({ page, apiAs, signInAs }) => {
    const programmeId = await ActionPlanPage.programmeId(await apiAs(demoAccounts.partnerKharkiv));
    await signInAs(demoAccounts.partnerKharkiv);
    await page.goto(`/programmes/${encodeURIComponent(programmeId)}`);
    const programme = new ProgrammePage(page);
    await expect(programme.tab('plan')).toBeVisible();
    await expect(programme.tab('translations')).toHaveCount(0);
  });
});
