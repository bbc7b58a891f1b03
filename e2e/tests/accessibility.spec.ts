import { blockingViolations, openSettled, sidewaysOverflow, type Finding } from '../fixtures/axe';
import { demoAccounts, type DemoAccountName } from '../fixtures/accounts';
import { sitePagesFor, type SitePage } from '../fixtures/sitePages';
import { expect, test } from '../fixtures/test';

// One account of each role; both partners share a role and so the same pages.
const ROLES: DemoAccountName[] = ['admin', 'coordinator', 'partnerKharkiv', 'observer'];

/** The narrowest phone the app is laid out for. */
const PHONE_WIDTH = 360;

/**
 * The pages in three groups of about ten, each a test of its own: shorter tests, which
 * parallel workers can share out.
 */
const GROUPS: Record<string, (page: SitePage) => boolean> = {
  sections: ({ name }) => !name.startsWith('programme') && !isRecordPage(name),
  'programme tabs': ({ name }) => name.startsWith('programme') && !isRecordPage(name),
  'reporting and record pages': ({ name }) => isRecordPage(name),
};

function isRecordPage(name: string): boolean {
  return /^(programme\/(monitoring|dashboard|reports|translations|report)|public|event|issue|round|progress-report)$/.test(
    name,
  );
}

// Every page is opened once per role and window size and scanned once; on the phone the same
// load also shows whether the page scrolls sideways.
test.describe('accessibility', () => {
  test(
    'the sign-in page has no serious WCAG violations',
    { tag: '@phone' },
    async ({ page, signInPage }) => {
      await signInPage.goto();
      await page.waitForLoadState('networkidle');
      expect(await blockingViolations(page)).toEqual([]);
      expect(await sidewaysOverflow(page)).toBe(0);
    },
  );

  for (const [group, inGroup] of Object.entries(GROUPS))
    for (const name of ROLES) {
      const account = demoAccounts[name];
      test(
        `${group} that ${name} opens have no serious WCAG violations`,
        { tag: '@phone' },
        async ({ page, signInAs, apiAs }, testInfo) => {
          test.setTimeout(180_000);
          const pages = (await sitePagesFor(await apiAs(account), account.role)).filter(inGroup);
          const isPhone = (page.viewportSize()?.width ?? Infinity) <= PHONE_WIDTH;
          await signInAs(account);
          const found: Record<string, Finding[]> = {};
          const overflowing: Record<string, number> = {};
          for (const { name: pageName, path } of pages) {
            await openSettled(page, path);
            const findings = await blockingViolations(page);
            if (findings.length > 0) found[pageName] = findings;
            if (isPhone) {
              const overflow = await sidewaysOverflow(page);
              if (overflow > 0) overflowing[pageName] = overflow;
            }
          }
          const summary = pages
            .map(({ name: pageName }) => `${pageName}: ${found[pageName]?.length ?? 0}`)
            .join(', ');
          await testInfo.attach('axe', {
            body: JSON.stringify(found, null, 2),
            contentType: 'application/json',
          });
          console.info(`[axe ${testInfo.project.name} ${name} ${group}] ${summary}`);
          expect(found, 'serious or critical violations by page').toEqual({});
          expect(overflowing, 'pages wider than the phone, by pixels').toEqual({});
        },
      );
    }
});
