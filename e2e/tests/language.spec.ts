import { demoAccounts } from '../fixtures/accounts';
import { t } from '../fixtures/i18n';
import { expect, test } from '../fixtures/test';

test.describe('language', () => {
  test(
    'the sign-in page switches to English and back, and remembers it',
    { tag: '@phone' },
    async ({ page, signInPage }) => {
      await signInPage.goto();
      await expect(page.locator('html')).toHaveAttribute('lang', 'uk');
      await expect(signInPage.languageButton('uk')).toHaveAttribute('aria-pressed', 'true');

      await signInPage.languageButton('en').click();
      const english = signInPage.in('en');
      await expect(english.heading).toBeVisible();
      await expect(english.email).toBeVisible();
      await expect(page.locator('html')).toHaveAttribute('lang', 'en');

      await page.reload();
      await expect(english.heading).toBeVisible();
      await expect(english.languageButton('en')).toHaveAttribute('aria-pressed', 'true');

      await english.languageButton('uk').click();
      await expect(signInPage.heading).toBeVisible();
      await page.reload();
      await expect(signInPage.heading).toBeVisible();
    },
  );

  test('the user menu switches the whole interface and the choice survives a reload', async ({
    page,
    signInAs,
    appShell,
  }) => {
    await signInAs(demoAccounts.partnerNeighbour);
    await expect(appShell.pageHeading(t('home.title'))).toBeVisible();

    await appShell.switchLanguage('en');
    const english = appShell.in('en');
    await expect(english.pageHeading(t('home.title', {}, 'en'))).toBeVisible();
    await english.openNavigation();
    await expect(english.navLink('programmes')).toBeVisible();

    await page.reload();
    await expect(english.pageHeading(t('home.title', {}, 'en'))).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await english.openUserMenu();
    await expect(english.languageItem('en')).toBeChecked();
    await english.languageItem('uk').click();

    await expect(appShell.pageHeading(t('home.title'))).toBeVisible();
    await page.reload();
    await expect(appShell.pageHeading(t('home.title'))).toBeVisible();
  });
});
