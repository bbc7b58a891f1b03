import { demoAccounts } from '../fixtures/accounts';
import { t } from '../fixtures/i18n';
import { expect, test } from '../fixtures/test';

test.describe('navigation', () => {
  test('a deep link opened while signed out leads back there after signing in', async ({
    page,
    signInPage,
    appShell,
  }) => {
    await page.goto('/organisations?country=UA');

    await signInPage.expectShown();
    await expect(page).toHaveURL(/\/sign-in\?next=/);
    await signInPage.signIn(demoAccounts.observer);

    await expect(page).toHaveURL('/organisations?country=UA');
    await expect(appShell.pageHeading(t('organisations.title'))).toBeVisible();
  });

  test('a deep link to a programme survives signing in', async ({
    page,
    apiAs,
    signInPage,
    appShell,
  }) => {
    const api = await apiAs(demoAccounts.coordinator);
    const { programmes } = await api.query<{ programmes: { id: string; title: string }[] }>(
      '{ programmes { id title } }',
    );
    const programme = programmes[0];
    if (!programme) throw new Error('The demo data has no programme for the coordinator');
    const path = `/programmes/${encodeURIComponent(programme.id)}`;

    await page.goto(path);
    await signInPage.expectShown();
    await signInPage.signIn(demoAccounts.coordinator);

    await expect(page).toHaveURL(path);
    await expect(appShell.pageHeading(programme.title)).toBeVisible();
  });

  test('an unknown address shows the not-found page', async ({ page, signInAs, appShell }) => {
    await signInAs(demoAccounts.observer);

    await page.goto('/no-such-page');

    await expect(appShell.pageHeading(t('notFound.title'))).toBeVisible();
    await appShell.main.getByRole('link', { name: t('notFound.home') }).click();
    await expect(page).toHaveURL('/');
    await expect(appShell.pageHeading(t('home.title'))).toBeVisible();
  });

  test('administration is closed to other roles even by address', async ({
    page,
    signInAs,
    appShell,
  }) => {
    await signInAs(demoAccounts.coordinator);

    await page.goto('/users');

    await expect(appShell.pageHeading(t('forbidden.title'))).toBeVisible();
  });

  test(
    'the sections are reachable from the navigation',
    { tag: '@phone' },
    async ({ page, signInAs, appShell }) => {
      await signInAs(demoAccounts.admin);

      const sections = [
        { section: 'programmes', path: '/programmes', title: t('programmes.title') },
        { section: 'organisations', path: '/organisations', title: t('organisations.title') },
        { section: 'users', path: '/users', title: t('users.title') },
        { section: 'audit', path: '/audit', title: t('audit.title') },
        { section: 'home', path: '/', title: t('home.title') },
      ] as const;
      for (const { section, path, title } of sections) {
        await appShell.navigateTo(section);
        await expect(page).toHaveURL(path);
        await expect(appShell.pageHeading(title)).toBeVisible();
      }
    },
  );
});

test.describe('on a phone', () => {
  test(
    'the navigation opens from the burger menu and closes after a choice',
    { tag: '@phone-only' },
    async ({ page, signInAs, appShell }) => {
      await signInAs(demoAccounts.partnerKharkiv);

      await expect(appShell.burger).toBeVisible();
      await expect(appShell.burger).toHaveAttribute('aria-expanded', 'false');
      await expect(appShell.navLink('programmes')).not.toBeInViewport();

      await appShell.burger.click();
      await expect(appShell.burger).toHaveAttribute('aria-expanded', 'true');
      await expect(appShell.navLink('programmes')).toBeInViewport();
      await appShell.navLink('programmes').click();

      await expect(page).toHaveURL('/programmes');
      await expect(appShell.pageHeading(t('programmes.title'))).toBeVisible();
      await expect(appShell.burger).toHaveAttribute('aria-expanded', 'false');
    },
  );
});
