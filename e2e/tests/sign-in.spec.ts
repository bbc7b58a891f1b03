import { demoAccounts, type DemoAccountName } from '../fixtures/accounts';
import { t } from '../fixtures/i18n';
import { expect, test } from '../fixtures/test';
import type { Section } from '../pages/AppShell';

const EVERYONE: Section[] = ['home', 'programmes', 'organisations'];
const ADMIN_ONLY: Section[] = ['users', 'audit'];

const ACCOUNTS: { account: DemoAccountName; admin: boolean }[] = [
  { account: 'admin', admin: true },
  { account: 'coordinator', admin: false },
  { account: 'partnerKharkiv', admin: false },
  { account: 'partnerNeighbour', admin: false },
  { account: 'observer', admin: false },
];

test.describe('signing in', () => {
  for (const { account: name, admin } of ACCOUNTS) {
    const account = demoAccounts[name];
    test(
      `${account.email} sees the navigation of a ${account.role}`,
      { tag: '@phone' },
      async ({ page, signInAs, appShell }) => {
        await signInAs(account);

        await expect(page).toHaveURL('/');
        await expect(appShell.pageHeading(t('home.title'))).toBeVisible();
        await expect(appShell.main).toContainText(
          t('home.role', { role: t(`enums.Role.${account.role}`) }),
        );

        await appShell.openNavigation();
        for (const section of EVERYONE) await expect(appShell.navLink(section)).toBeVisible();
        for (const section of ADMIN_ONLY) {
          if (admin) await expect(appShell.navLink(section)).toBeVisible();
          else await expect(appShell.navLink(section)).toHaveCount(0);
        }
      },
    );
  }

  test(
    'a wrong password shows an error and keeps the visitor out',
    { tag: '@phone' },
    async ({ page, signInPage, appShell }) => {
      await signInPage.goto();
      await signInPage.signIn({ email: demoAccounts.observer.email, password: 'not-the-password' });

      await expect(signInPage.wrongCredentials).toBeVisible();
      await signInPage.expectShown();
      await expect(appShell.userMenuButton).toHaveCount(0);

      // The error does not stick: the right password still gets in.
      await signInPage.password.fill(demoAccounts.observer.password);
      await signInPage.submit.click();
      await appShell.expectSignedIn();
      await expect(page).toHaveURL('/');
    },
  );

  test(
    'signing out returns to the sign-in page and ends the session',
    { tag: '@phone' },
    async ({ page, signInAs, signInPage, appShell }) => {
      await signInAs(demoAccounts.coordinator);

      await appShell.signOut();
      await signInPage.expectShown();

      await page.goto('/programmes');
      await signInPage.expectShown();
      await expect(appShell.userMenuButton).toHaveCount(0);
    },
  );
});
