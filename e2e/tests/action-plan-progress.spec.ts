import { demoAccounts } from '../fixtures/accounts';
import { tFeature } from '../fixtures/featureI18n';
import { expect, test } from '../fixtures/test';
import { ActionPlanPage } from '../pages/ActionPlanPage';

test.describe('action plan progress', () => {
  test('a partner reports on its own action and sees it in the history, but not on the other side’s', async ({
    page,
    apiAs,
    signInAs,
  }) => {
    const programmeId = await ActionPlanPage.programmeId(await apiAs(demoAccounts.coordinator));
    await signInAs(demoAccounts.partnerKharkiv);
    const plan = new ActionPlanPage(page);
    await plan.goto(programmeId);

    // 2.1 is the Kharkiv Regional Council's; 2.2 only the Belgorod Regional Duma's; 2 is a parent.
    await expect(plan.reportButton('2.1')).toBeVisible();
    await expect(plan.row('2.2')).toBeVisible();
    await expect(plan.reportButton('2.2')).toHaveCount(0);
    await expect(plan.reportButton('2')).toHaveCount(0);
    await expect(
      page.getByRole('button', { name: tFeature('action-plan', 'toolbar.create') }),
    ).toHaveCount(0);

    const note = `Семінар проведено, звіт ${Date.now().toString(36)}`;
    await plan.reportProgress('2.1', 80, note);
    await expect.poll(() => plan.progressOf('2.1')).toBe(80);

    const history = await plan.openHistory('2.1');
    const latest = history
      .getByRole('table', { name: tFeature('action-plan', 'history.label', { code: '2.1' }) })
      .getByRole('row')
      .nth(1);
    await expect(latest).toContainText('Ірина Харківська');
    await expect(latest).toContainText(note);
    await expect(latest).toContainText(
      tFeature('action-plan', 'history.progressChange', { from: '', to: 80 }).trim(),
    );
  });

  test('a coordinator adds a sub-action chain and the parents roll the reported progress up', async ({
    page,
    apiAs,
    signInAs,
  }) => {
    const programmeId = await ActionPlanPage.programmeId(await apiAs(demoAccounts.coordinator));
    await signInAs(demoAccounts.coordinator);
    const plan = new ActionPlanPage(page);
    await plan.goto(programmeId);
    const before = await plan.progressOf('1.2');

    const child = await plan.addSubAction('1.2', 'Круглий стіл у Куп’янську: транспорт');
    const grandchild = await plan.addSubAction(child, 'Підготовка круглого столу');
    expect(grandchild.split('.')).toHaveLength(4);

    // A parent's progress is derived: no report control, a note instead.
    await expect(plan.reportButton(child)).toHaveCount(0);
    await expect(plan.row(child)).toContainText(tFeature('action-plan', 'table.derived'));

    await plan.reportProgress(grandchild, 60, 'Домовленості з учасниками');
    await expect.poll(() => plan.progressOf(grandchild)).toBe(60);
    await expect.poll(() => plan.progressOf(child)).toBe(60);
    await expect.poll(() => plan.progressOf('1.2')).toBeGreaterThan(before);
  });
});
