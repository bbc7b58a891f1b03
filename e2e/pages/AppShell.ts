import { expect, type Locator, type Page } from '@playwright/test';
import { t, tPattern, type Locale } from '../fixtures/i18n';
import { ChangePasswordDialog } from './ChangePasswordDialog';

export type Section = 'home' | 'programmes' | 'organisations' | 'users' | 'audit';

/** What every signed-in page shares: header, main navigation and the user menu. */
export class AppShell {
  constructor(
    private readonly page: Page,
    private readonly locale: Locale = 'uk',
  ) {}

  in(locale: Locale): AppShell {
    return new AppShell(this.page, locale);
  }

  get navigation(): Locator {
    return this.page.getByRole('navigation', { name: t('nav.label', {}, this.locale) });
  }

  /** Shown only where the navigation collapses into a drawer (phones). */
  get burger(): Locator {
    return this.page.getByRole('button', { name: t('nav.toggle', {}, this.locale) });
  }

  get userMenuButton(): Locator {
    return this.page.getByRole('button', { name: tPattern('userMenu.open', this.locale) });
  }

  get main(): Locator {
    return this.page.getByRole('main');
  }

  /** The page's own h1, inside the main region. */
  pageHeading(name: string): Locator {
    return this.main.getByRole('heading', { level: 1, name, exact: true });
  }

  navLink(section: Section): Locator {
    return this.navigation.getByRole('link', {
      name: t(`nav.${section}`, {}, this.locale),
      exact: true,
    });
  }

  menuItem(key: string): Locator {
    return this.page.getByRole('menuitem', { name: t(key, {}, this.locale), exact: true });
  }

  languageItem(locale: Locale): Locator {
    return this.page.getByRole('menuitemradio', { name: t(`language.${locale}`, {}, this.locale) });
  }

  async expectSignedIn(): Promise<void> {
    await expect(this.userMenuButton).toBeVisible();
  }

  /** Makes the navigation usable: on phones it first opens the drawer. */
  async openNavigation(): Promise<void> {
    if (await this.burger.isVisible()) {
      await expect(this.burger).toHaveAttribute('aria-expanded', 'false');
      await this.burger.click();
      await expect(this.burger).toHaveAttribute('aria-expanded', 'true');
    }
    await expect(this.navigation).toBeVisible();
  }

  async navigateTo(section: Section): Promise<void> {
    await this.openNavigation();
    await this.navLink(section).click();
    await expect(this.navLink(section)).toHaveAttribute('aria-current', 'page');
  }

  async openUserMenu(): Promise<void> {
    await this.userMenuButton.click();
    await expect(this.page.getByRole('menu')).toBeVisible();
  }

  async switchLanguage(locale: Locale): Promise<void> {
    await this.openUserMenu();
    await this.languageItem(locale).click();
  }

  async openChangePassword(): Promise<ChangePasswordDialog> {
    await this.openUserMenu();
    await this.menuItem('userMenu.changePassword').click();
    const dialog = new ChangePasswordDialog(this.page, this.locale);
    await expect(dialog.root).toBeVisible();
    return dialog;
  }

  async signOut(): Promise<void> {
    await this.openUserMenu();
    await this.menuItem('userMenu.signOut').click();
  }
}
