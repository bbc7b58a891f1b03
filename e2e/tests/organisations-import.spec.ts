import { demoAccounts } from '../fixtures/accounts';
import { tFeature } from '../fixtures/featureI18n';
import { t } from '../fixtures/i18n';
import { expect, test } from '../fixtures/test';
import { OrganisationsPage } from '../pages/OrganisationsPage';

test.describe('organisation directory import', () => {
  test(
    'a bad row is named before anything is written; a valid file then imports',
    { tag: '@phone' },
    async ({ page, signInAs }) => {
      // Names of their own, so the test can run again against the same data.
      const suffix = Date.now().toString(36);
      const good = `Тестова громада ${suffix}`;
      const bad = `Помилкова рада ${suffix}`;
      await signInAs(demoAccounts.coordinator);
      const directory = new OrganisationsPage(page);
      await directory.goto();

      await directory.openImport();
      await directory.chooseCsv(
        [
          'name,kind,country,region,population',
          `${good},TERRITORIAL_COMMUNITY,UA,Харківська область,12000`,
          `${bad},CITY_COUNCIL,Ukraine,Харківська область,`,
        ].join('\n'),
      );

      await expect(directory.importDialog.getByText(t('importPreview.invalidTitle'))).toBeVisible();
      const badRow = directory.previewRow(bad);
      await expect(badRow.getByRole('cell').first()).toHaveText('3');
      await expect(badRow).toContainText(
        t('importPreview.problem', {
          field: tFeature('organisations', 'import.column', {
            label: tFeature('organisations', 'csv.country'),
            column: 'country',
          }),
          message: t('fieldMessages.invalid'),
        }),
      );
      await expect(directory.previewRow(good)).toContainText(t('importPreview.actions.CREATE'));
      await expect(directory.importButton).toBeDisabled();

      await directory.importDialog.getByRole('button', { name: t('common.cancel') }).click();
      await expect(directory.importDialog).toBeHidden();
      // Nothing was written: not even the good row of the refused file.
      await directory.search(suffix);
      await expect(page.getByText(t('organisations.empty'))).toBeVisible();

      await directory.openImport();
      await directory.chooseCsv(
        [
          'name,kind,country,region,population',
          `${good},TERRITORIAL_COMMUNITY,UA,Харківська область,12000`,
        ].join('\n'),
      );
      await expect(directory.importDialog.getByText(t('importPreview.validTitle'))).toBeVisible();
      await expect(directory.importButton).toBeEnabled();
      await directory.importButton.click();
      await expect(directory.importDialog.getByRole('status')).toContainText(
        t('importPreview.done', { creates: 1, updates: 0, unchanged: 0 }),
      );
      await directory.importDialog
        .getByRole('button', { name: t('common.close'), exact: true })
        .last()
        .click();
      await expect(directory.importDialog).toBeHidden();

      await expect(directory.row(good)).toBeVisible();
      await directory.row(good).getByRole('link', { name: good }).click();
      await expect(page.getByRole('heading', { level: 1, name: good })).toBeVisible();
    },
  );
});
