import type { Locator, Page } from '@playwright/test';
import { demoAccounts } from '../fixtures/accounts';
import { sidewaysOverflow } from '../fixtures/axe';
import { tPlanPrefix } from '../fixtures/planI18n';
import { expect, test } from '../fixtures/test';
import { ActionPlanPage } from '../pages/ActionPlanPage';

/** Where a part of a row is, checked against the window's width. */
async function expectWithinWidth(page: Page, target: Locator, what: string): Promise<void> {
  const width = page.viewportSize()?.width ?? 0;
  const box = await target.boundingBox();
  expect(box, `${what} is shown`).not.toBeNull();
  if (!box) return;
  expect(box.x, `${what} starts on screen`).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width, `${what} ends on screen`).toBeLessThanOrEqual(width);
}

/** By how much the element's content is wider than the element itself. */
async function widerThanItself(target: Locator): Promise<number> {
  return target.evaluate((element) => Math.max(0, element.scrollWidth - element.clientWidth));
}

test.describe('phone layout', () => {
  test(
    'each plan row shows its status, progress and report button on a 360 px screen',
    { tag: '@phone-only' },
    async ({ page, signInAs, apiAs }) => {
      const plan = new ActionPlanPage(page);
      const programmeId = await ActionPlanPage.programmeId(
        await apiAs(demoAccounts.partnerKharkiv),
      );
      await signInAs(demoAccounts.partnerKharkiv);
      await plan.goto(programmeId);

      const rows = plan.table.locator('tbody tr');
      const count = await rows.count();
      expect(count).toBeGreaterThan(0);
      let reportable = 0;
      for (let index = 0; index < count; index += 1) {
        const row = rows.nth(index);
        await row.scrollIntoViewIfNeeded();
        await expectWithinWidth(
          page,
          row.locator('.mantine-Badge-root').first(),
          `row ${index} status`,
        );
        await expectWithinWidth(page, row.getByRole('progressbar'), `row ${index} progress`);
        const report = row.getByRole('button', { name: tPlanPrefix('report.open', {}) });
        const main = (await report.count()) > 0 ? report : row.getByRole('button').last();
        await expectWithinWidth(page, main, `row ${index} main action`);
        if ((await report.count()) > 0) {
          reportable += 1;
          const box = await report.boundingBox();
          // A fingertip-sized target (WCAG 2.5.5): the row's main action.
          expect(box?.width).toBeGreaterThanOrEqual(44);
          expect(box?.height).toBeGreaterThanOrEqual(44);
        }
      }
      expect(reportable, 'the partner may report on some of the rows').toBeGreaterThan(0);
      expect(await sidewaysOverflow(page)).toBe(0);
    },
  );

  test(
    "each plan row's menu is on screen and fingertip-sized for a coordinator",
    { tag: '@phone-only' },
    async ({ page, signInAs, apiAs }) => {
      const plan = new ActionPlanPage(page);
      const programmeId = await ActionPlanPage.programmeId(await apiAs(demoAccounts.coordinator));
      await signInAs(demoAccounts.coordinator);
      await plan.goto(programmeId);

      const menus = plan.table.getByRole('button', { name: tPlanPrefix('table.more', {}) });
      const count = await menus.count();
      expect(count).toBeGreaterThan(0);
      for (let index = 0; index < count; index += 1) {
        const menu = menus.nth(index);
        await menu.scrollIntoViewIfNeeded();
        await expectWithinWidth(page, menu, `row ${index} menu`);
        const box = await menu.boundingBox();
        expect(box?.width).toBeGreaterThanOrEqual(44);
        expect(box?.height).toBeGreaterThanOrEqual(44);
      }
      expect(await sidewaysOverflow(page)).toBe(0);
    },
  );

  test(
    'the printable report fits a 360 px screen and an A4 page',
    { tag: '@phone-only' },
    async ({ page, signInAs, apiAs }) => {
      const programmeId = await ActionPlanPage.programmeId(await apiAs(demoAccounts.coordinator));
      await signInAs(demoAccounts.coordinator);
      await page.goto(`/programmes/${encodeURIComponent(programmeId)}/report`);
      const report = page.getByRole('article');
      await expect(report.getByRole('heading', { level: 1 })).toBeVisible();
      await page.waitForLoadState('networkidle');

      await expectWithinWidth(page, report, 'the report');
      expect(await sidewaysOverflow(page)).toBe(0);
      expect(await widerThanItself(report)).toBe(0);

      // A4 less the print margins (14 mm each side) is 182 mm, about 688 CSS pixels.
      await page.setViewportSize({ width: 688, height: 973 });
      await page.emulateMedia({ media: 'print' });
      expect(await sidewaysOverflow(page)).toBe(0);
      expect(await widerThanItself(report)).toBe(0);
    },
  );
});
