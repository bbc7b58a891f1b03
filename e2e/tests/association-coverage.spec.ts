import { demoAccounts } from '../fixtures/accounts';
import { tFeature } from '../fixtures/featureI18n';
import { expect, test } from '../fixtures/test';

const ASSOCIATION = 'Асоціація органів місцевого самоврядування Харківської області';

test.describe('the association of Kharkiv region', () => {
  test('shows its declared coverage: 96.7 % before the 2020 reform, 97 % after', async ({
    page,
    apiAs,
    signInAs,
  }) => {
    const observer = await apiAs(demoAccounts.observer);
    const { organisations } = await observer.query<{
      organisations: { items: { id: string; name: string }[] };
    }>(
      'query ($q: String) { organisations(search: $q, limit: 10, offset: 0) { items { id name } } }',
      {
        q: ASSOCIATION,
      },
    );
    const association = organisations.items.find((o) => o.name === ASSOCIATION);
    expect(association).toBeDefined();

    await signInAs(demoAccounts.observer);
    await page.goto(`/organisations/${association?.id}`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

    // The latest declared figure leads, with its date and the members listed one by one.
    const details = page.getByRole('region', { name: tFeature('organisations', 'detail.details') });
    await expect(details).toContainText(
      tFeature('organisations', 'coverage.value', { members: '62', councils: '64', percent: '97' }),
    );
    await expect(details).toContainText(/01\.01\.2021|1 січ/);
    await expect(details).toContainText(
      tFeature('organisations', 'coverage.listedBeside', { count: '' }).trim(),
    );

    // Every declared figure, by date: 382 councils = 96,7 % (Ukrainian decimal comma) before.
    const declared = page.getByRole('table', {
      name: tFeature('organisations', 'declared.heading'),
    });
    const before = declared.getByRole('row').filter({ hasText: '382' });
    await expect(before).toContainText('395');
    await expect(before).toContainText('96,7 %');
    const after = declared.getByRole('row').filter({ hasText: '62' }).filter({ hasText: '64' });
    await expect(after).toContainText('97 %');
  });
});
