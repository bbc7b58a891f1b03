import { expect, type Locator, type Page } from '@playwright/test';
import type { Account } from '../fixtures/accounts';
import { t, type Locale } from '../fixtures/i18n';

export class SignInPage {
  constructor(
    private readonly page: Page,
    private readonly locale: Locale = 'uk',
  ) {}

  /** A copy that finds elements by their names in another language. */
  in(locale: Locale): SignInPage {
    return new SignInPage(this.page, locale);
  }

  get heading(): Locator {
    return this.page.getByRole('heading', {
      level: 1,
      name: t('auth.signIn.title', {}, this.locale),
    });
  }

  get email(): Locator {
    return this.page.getByRole('textbox', {
      name: t('auth.signIn.email', {}, this.locale),
      exact: true,
    });
  }

  get password(): Locator {
    return this.page.getByRole('textbox', {
      name: t('auth.signIn.password', {}, this.locale),
      exact: true,
    });
  }

  get submit(): Locator {
    return this.page.getByRole('button', {
      name: t('auth.signIn.submit', {}, this.locale),
      exact: true,
    });
  }

  get wrongCredentials(): Locator {
    return this.page
      .getByRole('alert')
      .filter({ hasText: t('auth.signIn.wrongCredentials', {}, this.locale) });
  }

  languageButton(locale: Locale): Locator {
    return this.page
      .getByRole('group', { name: t('language.label', {}, this.locale) })
      .getByRole('button', { name: t(`language.${locale}`, {}, this.locale), exact: true });
  }

  async goto(): Promise<void> {
    await this.page.goto('/sign-in');
    await expect(this.heading).toBeVisible();
  }

  async signIn({ email, password }: Pick<Account, 'email' | 'password'>): Promise<void> {
    await this.email.fill(email);
    await this.password.fill(password);
    await this.submit.click();
  }

  async expectShown(): Promise<void> {
    await expect(this.page).toHaveURL(/\/sign-in(\?|$)/);
    await expect(this.heading).toBeVisible();
  }
}
