import { demoAccounts } from '../fixtures/accounts';
import { t } from '../fixtures/i18n';
import { tFeature } from '../fixtures/featureI18n';
import { expect, test } from '../fixtures/test';
import { ActionPlanPage } from '../pages/ActionPlanPage';

test.describe('action plan import', () => {
  test('a bad row is named by line and field before anything is written', async ({
    page,
    apiAs,
    signInAs,
  }) => {
    const programmeId = await ActionPlanPage.programmeId(await apiAs(demoAccounts.coordinator));
    await signInAs(demoAccounts.coordinator);
    const plan = new ActionPlanPage(page);
    await plan.goto(programmeId);

    await page.getByRole('button', { name: tFeature('action-plan', 'toolbar.import') }).click();
    const dialog = page.getByRole('dialog', { name: tFeature('action-plan', 'import.title') });
    await expect(dialog).toBeVisible();
    const csv = [
      'code,parentCode,title,startsOn,dueOn',
      '9,,Нова програма стажувань,2013-01-01,2013-06-30',
      '9.1,9,Стажування в Бєлгороді,2013-02-01,2016-01-31',
    ].join('\n');
    await dialog.getByLabel(t('importPreview.file'), { exact: true }).setInputFiles({
      name: 'plan.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(csv, 'utf-8'),
    });

    await expect(dialog.getByText(t('importPreview.invalidTitle'))).toBeVisible();
    const rows = dialog.getByRole('table', { name: t('importPreview.caption') });
    const bad = rows.getByRole('row').filter({ hasText: '9.1' });
    await expect(bad.getByRole('cell').first()).toHaveText('3');
    await expect(bad).toContainText(
      t('importPreview.problem', {
        field: tFeature('action-plan', 'csv.dueOn'),
        message: t('fieldMessages.outside_period'),
      }),
    );
    await expect(dialog.getByRole('button', { name: t('importPreview.submit') })).toBeDisabled();

    await dialog.getByRole('button', { name: t('common.cancel') }).click();
    await expect(dialog).toBeHidden();
    // Nothing was written: the good row of the refused file is not in the plan either.
    await expect(plan.row('9')).toHaveCount(0);
    await page.reload();
    await expect(plan.row('6')).toBeVisible();
    await expect(plan.row('9')).toHaveCount(0);
  });
});
