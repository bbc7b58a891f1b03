import { blockingViolations, openSettled, type Finding } from '../fixtures/axe';
import { demoAccounts, type DemoAccountName } from '../fixtures/accounts';
import { sitePagesFor } from '../fixtures/sitePages';
import { expect, test } from '../fixtures/test';

// One account of each role; both partners share a role and so the same pages.
const ROLES: DemoAccountName[] = ['admin', 'coordinator', 'partnerKharkiv', 'observer'];

test.describe('accessibility', () => {
  test(
    'the sign-in page has no serious WCAG violations',
    { tag: '@phone' },
    async ({ page, signInPage }) => {
      await signInPage.goto();
      await page.waitForLoadState('networkidle');
      expect(await blockingViolations(page)).toEqual([]);
    },
  );

  for (const name of ROLES) {
    const account = demoAccounts[name];
    test(
      `every page ${name} opens has no serious WCAG violations`,
      { tag: '@phone' },
      async ({ page, signInAs, apiAs }, testInfo) => {
        test.setTimeout(240_000);
        const pages = await sitePagesFor(await apiAs(account), account.role);
        await signInAs(account);
        const found: Record<string, Finding[]> = {};
        for (const { name: pageName, path } of pages) {
          await openSettled(page, path);
          const findings = await blockingViolations(page);
          if (findings.length > 0) found[pageName] = findings;
        }
        const summary = pages
          .map(({ name: pageName }) => `${pageName}: ${found[pageName]?.length ?? 0}`)
          .join(', ');
        await testInfo.attach('axe', {
          body: JSON.stringify(found, null, 2),
          contentType: 'application/json',
        });
        console.log(`[axe ${testInfo.project.name} ${name}] ${summary}`);
        if (process.env.AXE_DETAIL) console.log(JSON.stringify(found));
        expect(found).toEqual({});
      },
    );
  }
});
