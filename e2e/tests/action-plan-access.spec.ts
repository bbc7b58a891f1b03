import { demoAccounts } from '../fixtures/accounts';
import { tFeature } from '../fixtures/featureI18n';
import { expect, test } from '../fixtures/test';
import { ActionPlanPage } from '../pages/ActionPlanPage';

test.describe('action plan for readers', () => {
  test('the observer sees the plan read-only', async ({ page, apiAs, signInAs }) => {
    const programmeId = await ActionPlanPage.programmeId(await apiAs(demoAccounts.coordinator));
    await signInAs(demoAccounts.observer);
    const plan = new ActionPlanPage(page);
    await plan.goto(programmeId);

    await expect(plan.row('1.2.2')).toBeVisible();
    await expect(plan.table.getByRole('button', { name: /^Звітувати/ })).toHaveCount(0);
    await expect(plan.table.getByRole('button', { name: /^Ще для/ })).toHaveCount(0);
    for (const key of ['toolbar.create', 'toolbar.import']) {
      await expect(page.getByRole('button', { name: tFeature('action-plan', key) })).toHaveCount(0);
    }
    await expect(
      page.getByRole('button', { name: tFeature('action-plan', 'toolbar.exportCsv') }),
    ).toBeVisible();
    await expect(
      page.getByRole('link', { name: tFeature('action-plan', 'toolbar.exportXlsx') }),
    ).toBeVisible();

    // Reading the history is open to every reader.
    const history = await plan.openHistory('1.2.2');
    await expect(history).toBeVisible();
  });

  test(
    'the timeline scrolls sideways on a phone and names every bar',
    { tag: '@phone' },
    async ({ page, apiAs, signInAs }) => {
      const programmeId = await ActionPlanPage.programmeId(await apiAs(demoAccounts.coordinator));
      await signInAs(demoAccounts.observer);
      await page.goto(`/programmes/${encodeURIComponent(programmeId)}/timeline`);

      const timeline = page.getByRole('region', {
        name: tFeature('action-plan', 'timeline.title'),
      });
      await expect(timeline).toBeVisible();
      await expect(timeline.getByRole('img', { name: /^2\.2 .+, 40 %/ })).toHaveCount(1);
      // Narrower than the timeline's minimum width, the region scrolls instead of squeezing bars.
      if ((page.viewportSize()?.width ?? 0) < 820) {
        const overflows = await timeline.evaluate(
          (element) => element.scrollWidth > element.clientWidth,
        );
        expect(overflows).toBe(true);
      }
    },
  );
});
